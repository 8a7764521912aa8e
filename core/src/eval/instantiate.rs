//! Calling a class: `type.__call__` (a metaclass `__call__` first), then
//! `__new__` (the user's, or `object.__new__` making an instance of the
//! class's builtin layout) and `__init__` when `__new__` returned an instance
//! of the class. Instances of user subclasses of builtin types are the builtin
//! object itself, marked with the class (`Heap::subclassed`).

use num_bigint::BigInt;

use super::call::{Args, Called};
use super::cont::Cont;
use super::frame::{Frame, NativeFrame};
use super::vm::Vm;
use crate::exc::{call as msg, ExcKind, RunError, RunResult};
use crate::value::class::{Instance, Layout};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

impl Vm {
    /// `Class(args)`: the metaclass's `__call__`, or `type.__call__`.
    pub(crate) fn call_class(&mut self, class: ObjId, args: Args) -> RunResult<Called> {
        let meta = self.type_of(Value::Obj(class));
        if self.is_user_class(meta) {
            let call = self.interner.intern_static("__call__");
            if let Some(f) = self.lookup_type_attr(meta, call) {
                let mut args = args;
                args.positional.insert(0, Value::Obj(class));
                return self.call(f, args);
            }
        }
        self.type_call(class, args)
    }

    /// `type.__call__(class, *args, **kwargs)`.
    pub(crate) fn type_call(&mut self, class: ObjId, args: Args) -> RunResult<Called> {
        let Some((layout, builtin)) = self.class(class).map(|c| (c.layout, c.builtin)) else {
            return Err(RunError::internal("type_call on a non-class"));
        };
        if builtin && !matches!(layout, Layout::Exception(_)) {
            if class == self.types.type_ && args.positional.len() != 1 {
                return self.type_new(class, &args).map(Called::Value);
            }
            return crate::builtins::construct(self, class, layout, args);
        }
        let new = self.interner.intern_static("__new__");
        if let Some(f) = self.lookup_type_attr(class, new) {
            // Resumable: `__new__` runs in the frame loop (it may pause for
            // the host), then `after_new` goes on with its result.
            let f = self.descr_get(f, None, class)?;
            let mut new_args = Vec::with_capacity(args.positional.len() + 1);
            new_args.push(Value::Obj(class));
            new_args.extend_from_slice(&args.positional);
            let then = Cont::New {
                class,
                args: args.positional,
                keywords: args.keywords.clone(),
            };
            let new_args = Args {
                positional: new_args,
                keywords: args.keywords,
            };
            return self.call_then(f, new_args, then);
        }
        let instance = self.object_new(class, &args)?;
        self.after_new(class, instance, args, false)
    }

    /// What `__new__` returned (`custom_new`: the class's own): the call's
    /// result, after `__init__` when it is an instance of the class.
    pub(crate) fn after_new(
        &mut self,
        class: ObjId,
        instance: Value,
        args: Args,
        custom_new: bool,
    ) -> RunResult<Called> {
        if !self.is_instance(instance, class) {
            return Ok(Called::Value(instance));
        }
        self.init_instance(class, instance, args, custom_new)
    }

    /// Runs `__init__` on a new `instance` (a pushed frame for Python code).
    fn init_instance(
        &mut self,
        class: ObjId,
        instance: Value,
        args: Args,
        custom_new: bool,
    ) -> RunResult<Called> {
        let init = self.interner.intern_static("__init__");
        // Only classes made by programs (or by Rust modules through
        // `make_class`) have attributes: whatever is found is their `__init__`.
        let Some(init) = self.lookup_type_attr(class, init) else {
            return self.builtin_init(class, instance, &args, custom_new);
        };
        self.frames
            .push(Frame::Native(NativeFrame::Init { instance }));
        // A plain `__init__(self, a, b)` called positionally: its frame
        // straight from the arguments, as `call` would bind them.
        if args.keywords.is_empty() {
            if let Some(frame) = self.fast_call_with(init, Some(instance), &args.positional) {
                if let Err(e) = self.push_python(frame) {
                    self.frames.pop();
                    return Err(e);
                }
                return Ok(Called::Pushed);
            }
        }
        let mut args = args;
        args.positional.insert(0, instance);
        match self.call(init, args) {
            Ok(Called::Value(_)) => {
                self.frames.pop();
                Ok(Called::Value(instance))
            }
            Ok(other) => Ok(other),
            Err(e) => {
                self.frames.pop();
                Err(e)
            }
        }
    }

    /// The `__init__` of the builtin base: fills a `list`/`dict`/`set`
    /// subclass instance; rejects arguments `object.__init__` would reject.
    fn builtin_init(
        &mut self,
        class: ObjId,
        instance: Value,
        args: &Args,
        custom_new: bool,
    ) -> RunResult<Called> {
        let layout = self.class(class).map_or(Layout::Object, |c| c.layout);
        match layout {
            Layout::List | Layout::Dict | Layout::Set => {
                self.container_init(instance, args.clone())?;
            }
            Layout::Object
                if !custom_new && (!args.positional.is_empty() || !args.keywords.is_empty()) =>
            {
                let name = self
                    .class(class)
                    .map(|c| c.name.to_string())
                    .unwrap_or_default();
                return Err(msg::class_takes_no_arguments(&name));
            }
            _ => {}
        }
        Ok(Called::Value(instance))
    }

    /// `list.__init__(self, iterable)`, `dict.__init__(self, *args, **kw)`,
    /// `set.__init__(self, iterable)`: replace the contents.
    pub(crate) fn container_init(&mut self, instance: Value, args: Args) -> RunResult<()> {
        let Value::Obj(id) = instance else {
            return Err(RunError::internal("container init of an immediate"));
        };
        let base = match self.heap.get(id) {
            Object::List(_) => self.types.list,
            Object::Dict(_) => self.types.dict,
            Object::Set(_) => self.types.set,
            _ => return Ok(()),
        };
        let layout = self.class(base).map_or(Layout::Object, |c| c.layout);
        // Building from a generator or a user iterable runs Python code: a
        // nested loop runs it to the end.
        let made = self
            .run_nested(|vm| crate::builtins::construct(vm, base, layout, args))?
            .ok_or_else(|| RunError::internal("container init ended without a value"))?;
        let Some(contents) = made.as_obj().map(|m| self.heap.get(m).clone()) else {
            return Ok(());
        };
        if let Some(slot) = self.heap.get_mut(id) {
            *slot = contents;
        }
        Ok(())
    }

    /// `object.__new__(class, *args)`: an empty instance of `class`'s layout.
    pub(crate) fn object_new(&mut self, class: ObjId, args: &Args) -> RunResult<Value> {
        let Some(layout) = self.class(class).map(|c| c.layout) else {
            return Err(RunError::new(
                ExcKind::TypeError,
                "object.__new__(X): X is not a type object",
            ));
        };
        let value = match layout {
            Layout::Object => {
                let abstract_methods = self.abstract_methods(class)?;
                if !abstract_methods.is_empty() {
                    return Err(self.cannot_instantiate_abstract(class, &abstract_methods));
                }
                let room = self
                    .instance_hints
                    .get(&class)
                    .map_or(0, |&n| usize::from(n));
                return Ok(Value::Obj(
                    self.heap
                        .alloc(Object::Instance(Instance::with_room(class, room))),
                ));
            }
            Layout::Exception(kind) => {
                let exc = self.new_exception(class, kind, &args.positional)?;
                self.exception_keyword_attrs(exc, kind, &args.keywords);
                return Ok(exc);
            }
            Layout::Type => return self.type_new(class, args),
            Layout::List => self.new_list(Vec::new()),
            Layout::Dict => self.new_dict(),
            Layout::Set => self.new_set(&[], false)?,
            _ => self.builtin_value_for(class, layout, args)?,
        };
        let Value::Obj(id) = value else {
            return Err(RunError::internal("subclass instance is not a heap object"));
        };
        if self.type_of(value) != class {
            self.heap.set_subclassed(id, class);
        }
        Ok(value)
    }

    /// The builtin value an immutable subclass instance wraps (`str`, `int`,
    /// `float`, `tuple`, `frozenset`, `bytes`), always a fresh heap object.
    fn builtin_value_for(&mut self, class: ObjId, layout: Layout, args: &Args) -> RunResult<Value> {
        let base = self
            .class(class)
            .and_then(|c| {
                c.mro
                    .iter()
                    .copied()
                    .find(|k| self.class(*k).is_some_and(|k| k.builtin))
            })
            .unwrap_or(self.types.object);
        let Called::Value(value) = crate::builtins::construct(self, base, layout, args.clone())?
        else {
            return Err(RunError::internal("builtin construct pushed frames"));
        };
        Ok(match value {
            Value::Int(i) => Value::Obj(self.heap.alloc(Object::BigInt(BigInt::from(i)))),
            Value::Bool(b) => {
                Value::Obj(self.heap.alloc(Object::BigInt(BigInt::from(i64::from(b)))))
            }
            Value::Float(f) => Value::Obj(self.heap.alloc(Object::Float(f))),
            Value::Obj(id) => {
                let copy = self.heap.get(id).clone();
                Value::Obj(self.heap.alloc(copy))
            }
            Value::None => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "cannot subclass this builtin type",
                ))
            }
        })
    }
}
