//! Descriptors and `super`: `property`, `staticmethod`, `classmethod`, and
//! attribute lookup through `super()` (zero-argument form via the caller's
//! `__class__` cell and first argument).

use super::frame::Frame;
use super::vm::Vm;
use crate::compile::code::Code;
use crate::exc::{lookup, ExcKind, RunError, RunResult};
use crate::value::function::BoundMethod;
use crate::value::object::{Object, Property};
use crate::value::symbol::Symbol;
use crate::value::{ObjId, Value};

impl Vm {
    /// A class attribute `attr` read through `obj` (an instance, or the class
    /// itself when `obj` is `None`): functions bind, descriptors apply.
    pub(crate) fn bind_class_attr(
        &mut self,
        attr: Value,
        obj: Option<Value>,
        class: ObjId,
    ) -> RunResult<Value> {
        let Value::Obj(id) = attr else {
            return Ok(attr);
        };
        Ok(match (self.heap.get(id), obj) {
            (Object::Function(_) | Object::Builtin(_), Some(receiver)) => {
                self.bound(attr, receiver)
            }
            (Object::StaticMethod(f), _) => *f,
            (Object::ClassMethod(f), _) => {
                let f = *f;
                self.bound(f, Value::Obj(class))
            }
            (Object::Property(p), Some(receiver)) => {
                let fget = p.fget;
                if fget == Value::None {
                    return Err(RunError::new(
                        ExcKind::AttributeError,
                        "unreadable attribute",
                    ));
                }
                return self.call_nested(fget, vec![receiver]);
            }
            _ => attr,
        })
    }

    /// A bound method object.
    pub(crate) fn bound(&mut self, function: Value, receiver: Value) -> Value {
        Value::Obj(
            self.heap
                .alloc(Object::BoundMethod(BoundMethod { receiver, function })),
        )
    }

    /// The property `name` of `obj`'s class, if there is one (data descriptors win over instance attributes).
    pub(crate) fn class_property(&self, class: ObjId, name: Symbol) -> Option<Property> {
        match self
            .lookup_type_attr(class, name)?
            .as_obj()
            .map(|id| self.heap.get(id))
        {
            Some(Object::Property(p)) => Some(*p),
            _ => None,
        }
    }

    /// `obj.name = value` through a property setter.
    pub(crate) fn property_set(
        &mut self,
        p: Property,
        obj: Value,
        name: Symbol,
        value: Value,
    ) -> RunResult<()> {
        if p.fset == Value::None {
            let class = self.type_name(obj);
            return Err(RunError::new(
                ExcKind::AttributeError,
                format!(
                    "property '{}' of '{class}' object has no setter",
                    self.interner.name(name)
                ),
            ));
        }
        self.call_nested(p.fset, vec![obj, value]).map(|_| ())
    }

    /// `super(class, obj).name`.
    pub(crate) fn super_attr(
        &mut self,
        class: ObjId,
        obj: Value,
        name: Symbol,
    ) -> RunResult<Value> {
        let start_type = match obj.as_obj() {
            Some(id) if self.class(id).is_some() => id,
            _ => self.type_of(obj),
        };
        let mro = self
            .class(start_type)
            .map(|c| c.mro.clone())
            .unwrap_or_default();
        let after = mro
            .iter()
            .position(|c| *c == class)
            .map_or(mro.len(), |i| i + 1);
        let instance = (start_type != obj.as_obj().unwrap_or(start_type)).then_some(obj);
        for k in mro.get(after..).unwrap_or_default() {
            let found = self.class(*k).and_then(|c| c.attrs.get(name));
            if let Some(attr) = found {
                return self.bind_class_attr(attr, instance.or(Some(obj)), start_type);
            }
            if self.class(*k).is_some_and(|c| c.builtin) {
                if let Some(method) = crate::builtins::own_method(self, *k, name) {
                    return Ok(self.bound(method, obj));
                }
            }
        }
        Err(lookup::no_attribute("super", self.interner.name(name)))
    }

    /// `super()` with no arguments: `__class__` and the first argument of the calling frame.
    pub(crate) fn zero_arg_super(&mut self) -> RunResult<Value> {
        let Some(Frame::Python(frame)) = self.frames.last() else {
            return Err(RunError::new(
                ExcKind::RuntimeError,
                "super(): no arguments",
            ));
        };
        let program = self.program_of(frame.code)?;
        let code: &Code = Vm::code_in(&program, frame.code)?;
        let class_cell = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .and_then(|i| frame.cells.get(code.cellvars.len() + i).copied());
        let class = match class_cell.map(|c| self.heap.get(c)) {
            Some(Object::Cell(Some(Value::Obj(c)))) => *c,
            _ => {
                return Err(RunError::new(
                    ExcKind::RuntimeError,
                    "super(): __class__ cell not found",
                ))
            }
        };
        if code.params.positional == 0 && !code.params.varargs {
            return Err(RunError::new(
                ExcKind::RuntimeError,
                "super(): no arguments",
            ));
        }
        let first = match code.cell_params.iter().find(|(_, slot)| *slot == 0) {
            Some((cell, _)) => match frame.cells.get(*cell as usize).map(|c| self.heap.get(*c)) {
                Some(Object::Cell(Some(v))) => Some(*v),
                _ => None,
            },
            None => frame.locals.first().copied().flatten(),
        };
        let obj =
            first.ok_or_else(|| RunError::new(ExcKind::RuntimeError, "super(): arg[0] deleted"))?;
        Ok(Value::Obj(self.heap.alloc(Object::Super { class, obj })))
    }
}
