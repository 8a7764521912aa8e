//! Operator dunders of user classes as resumable calls: binary operators
//! (in-place first, reflected with the subclass-first rule, `NotImplemented`
//! fallback), rich comparisons, truth, `in`, `len()`. Each returns
//! [`Called`]: a value at once, or a pushed frame whose result a [`Cont`]
//! finishes. The synchronous versions in `ops.rs`/`compare.rs` stay for
//! builtins that have no frame to wait in.

use super::call::{Args, Called};
use super::cont::Cont;
use super::vm::Vm;
use crate::compile::code::{BinOp, CmpOp, UnOp};
use crate::exc::{ops, ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// One way to evaluate an operator: `func(receiver, other)`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attempt {
    /// The first argument.
    pub receiver: Value,
    /// The second argument.
    pub other: Value,
    /// The method found on the receiver's class.
    pub func: Value,
    /// The answer is inverted (`!=` answered by `__eq__`).
    pub negate: bool,
}

impl Vm {
    /// Whether `v` is an instance without builtin data (not a `list`
    /// subclass instance, say): what `object`'s defaults apply to.
    fn is_plain_instance(&self, v: Value) -> bool {
        matches!(v, Value::Obj(id) if matches!(self.heap.get(id), Object::Instance(_)))
    }

    /// The method `name` defined by a user class in the MRO of `v`'s type
    /// (`None` for builtin values and inherited builtin behaviour).
    pub(crate) fn user_dunder(&mut self, v: Value, name: &'static str) -> Option<Value> {
        if !self.is_user_object(v) {
            return None;
        }
        let sym = self.interner.intern_static(name);
        let class = self.class(self.type_of(v))?;
        class.mro.iter().find_map(|k| {
            self.class(*k)
                .filter(|k| !k.builtin)
                .and_then(|k| k.attrs.get(sym))
        })
    }

    /// The method `name` of a class's user metaclass (`EnumType.__reversed__`), when
    /// `v` is a class whose metaclass is a user class that defines it.
    pub(crate) fn meta_dunder(&mut self, v: Value, name: &'static str) -> Option<Value> {
        let id = v.as_obj()?;
        if !matches!(self.heap.get(id), Object::Class(_)) {
            return None;
        }
        let meta = self.type_of(v);
        if !self.is_user_class(meta) {
            return None;
        }
        let sym = self.interner.intern_static(name);
        self.lookup_type_attr(meta, sym)
    }

    /// `a op b` (`a op= b` when `inplace`) where an operand is a user instance.
    pub(crate) fn binary_called(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> RunResult<Called> {
        self.binary_from(op, a, b, inplace, 0)
    }

    /// Tries the binary attempts from `stage` on.
    pub(crate) fn binary_from(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
        stage: u8,
    ) -> RunResult<Called> {
        let attempts = self.binary_attempts(op, a, b, inplace);
        match attempts.get(usize::from(stage)) {
            Some(at) => {
                let args = Args::positional(vec![at.receiver, at.other]);
                let then = Cont::Binary {
                    op,
                    a,
                    b,
                    inplace,
                    stage: stage + 1,
                };
                self.call_then(at.func, args, then)
            }
            None => match self.binary_builtin(op, a, b)? {
                Some(v) => Ok(Called::Value(v)),
                None if op == BinOp::Or => match self.type_union(a, b) {
                    Some(v) => Ok(Called::Value(v)),
                    None => Err(self.unsupported(op, a, b)),
                },
                None if inplace => {
                    let symbol = super::ops::binop_symbol(op);
                    let symbol = format!("{}=", symbol.trim_end_matches(" or pow()"));
                    let (ta, tb) = (self.type_name(a), self.type_name(b));
                    Err(ops::unsupported_binary(&symbol, &ta, &tb))
                }
                None => Err(self.unsupported(op, a, b)),
            },
        }
    }

    /// CPython's order: `__iop__`, then `__op__` and `__rop__` (the reflected
    /// one first when the right operand's type is a subclass overriding it).
    fn binary_attempts(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> Vec<Attempt> {
        let (name, rname, iname) = super::ops::dunders(op);
        let mut out = Vec::with_capacity(3);
        let attempt = |receiver, other, func| Attempt {
            receiver,
            other,
            func,
            negate: false,
        };
        if inplace {
            if let Some(f) = self.user_dunder(a, iname) {
                out.push(attempt(a, b, f));
            }
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let forward = self.user_dunder(a, name).map(|f| attempt(a, b, f));
        let reflected = if ta == tb {
            None
        } else {
            self.user_dunder(b, rname).map(|f| attempt(b, a, f))
        };
        let subclass_first = reflected.is_some()
            && self.is_subclass(tb, ta)
            && reflected.map(|r| r.func) != self.user_dunder(a, rname);
        if subclass_first {
            out.extend(reflected);
            out.extend(forward);
        } else {
            out.extend(forward);
            out.extend(reflected);
        }
        out
    }

    /// `a op b` where a user instance is an operand: the comparison methods in
    /// CPython's order, then `==`/`!=` by identity, else `TypeError`.
    pub(crate) fn compare_called(&mut self, op: CmpOp, a: Value, b: Value) -> RunResult<Called> {
        self.compare_from(op, a, b, 0)
    }

    /// Tries the comparison attempts from `stage` on.
    pub(crate) fn compare_from(
        &mut self,
        op: CmpOp,
        a: Value,
        b: Value,
        stage: u8,
    ) -> RunResult<Called> {
        let attempts = self.compare_attempts(op, a, b);
        if let Some(at) = attempts.get(usize::from(stage)) {
            let args = Args::positional(vec![at.receiver, at.other]);
            let then = Cont::Compare {
                op,
                a,
                b,
                stage: stage + 1,
            };
            return self.call_then(at.func, args, then);
        }
        match op {
            CmpOp::Eq => Ok(Called::Value(Value::Bool(self.eq_fallback(a, b)?))),
            CmpOp::Ne => {
                // A builtin subclass without a user `__ne__` uses its base's.
                if let Some(r) = self.subclass_ne(a, b)? {
                    return Ok(Called::Value(Value::Bool(r)));
                }
                Ok(Called::Value(Value::Bool(!self.eq_fallback(a, b)?)))
            }
            _ if !self.is_plain_instance(a) && !self.is_plain_instance(b) => {
                // Instances of builtin subclasses order like their base.
                Ok(Called::Value(self.compare(op, a, b)?))
            }
            _ => Err(self.unorderable(op, a, b)),
        }
    }

    /// `==` once no user method answered: identity, or the builtin comparison
    /// when one side is not a user instance.
    fn eq_fallback(&mut self, a: Value, b: Value) -> RunResult<bool> {
        if let Some(r) = self.alias_eq(a, b)? {
            return Ok(r);
        }
        if self.is_plain_instance(a) || self.is_plain_instance(b) {
            return Ok(a.is(b));
        }
        self.eq(a, b)
    }

    /// The comparison methods to try, in CPython's order (`do_richcompare`).
    pub(crate) fn compare_attempts(&mut self, op: CmpOp, a: Value, b: Value) -> Vec<Attempt> {
        let (name, reflected) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
        };
        let find = |vm: &mut Vm, receiver: Value, other: Value, name: &'static str| {
            let found = vm.user_dunder(receiver, name).map(|func| Attempt {
                receiver,
                other,
                func,
                negate: false,
            });
            if found.is_none() && op == CmpOp::Ne && !vm.is_subclassed(receiver) {
                // object.__ne__ inverts __eq__ (a builtin base's own __ne__,
                // as str's for a str subclass, comes before it in the MRO).
                return vm.user_dunder(receiver, "__eq__").map(|func| Attempt {
                    receiver,
                    other,
                    func,
                    negate: true,
                });
            }
            found
        };
        let forward = find(self, a, b, name);
        let backward = find(self, b, a, reflected);
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let mut out = Vec::with_capacity(2);
        if ta != tb && self.is_subclass(tb, ta) && backward.is_some() {
            out.extend(backward);
            out.extend(forward);
        } else {
            out.extend(forward);
            out.extend(backward);
        }
        out
    }

    /// The truth of `v` when no Python code is needed (`None` for user instances).
    pub(crate) fn truth_fast(&mut self, v: Value) -> Option<bool> {
        if self.is_user_object(v) {
            return None;
        }
        self.truthy(v).ok()
    }

    /// `bool(v)` (`not v` when `negate`), calling `__bool__`/`__len__` resumably.
    pub(crate) fn truth_called(&mut self, v: Value, negate: bool) -> RunResult<Called> {
        if let Some(b) = self.truth_fast(v) {
            return Ok(Called::Value(Value::Bool(b != negate)));
        }
        for (name, len) in [("__bool__", false), ("__len__", true)] {
            if let Some(f) = self.user_dunder(v, name) {
                return self.call_then(f, Args::positional(vec![v]), Cont::Truth { negate, len });
            }
        }
        // An empty `class Tally(dict)` instance is false, like its base.
        let b = !self.is_subclassed(v) || self.truthy(v)?;
        Ok(Called::Value(Value::Bool(b != negate)))
    }

    /// What `__bool__` (or `__len__`) returned, checked, as a `bool`.
    pub(crate) fn truth_result(&mut self, r: Value, negate: bool, len: bool) -> RunResult<Called> {
        let b = if len {
            self.len_result(r)? != 0
        } else {
            match r {
                Value::Bool(b) => b,
                other => {
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(other)
                        ),
                    ))
                }
            }
        };
        Ok(Called::Value(Value::Bool(b != negate)))
    }

    /// What `__len__` returned, checked (CPython's messages).
    pub(crate) fn len_result(&self, n: Value) -> RunResult<i64> {
        let too_big = || {
            RunError::new(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        };
        let negative = || RunError::new(ExcKind::ValueError, "__len__() should return >= 0");
        match n {
            Value::Int(i) if i >= 0 => Ok(i),
            Value::Bool(b) => Ok(i64::from(b)),
            Value::Int(_) => Err(negative()),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Err(negative()),
                Object::BigInt(_) => Err(too_big()),
                _ => Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(n)
                    ),
                )),
            },
            other => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(other)
                ),
            )),
        }
    }

    /// `len(v)`, calling a user `__len__` resumably.
    pub(crate) fn len_called(&mut self, v: Value) -> RunResult<Called> {
        match self.user_dunder(v, "__len__") {
            Some(f) => self.call_then(f, Args::positional(vec![v]), Cont::Len),
            None => self.len(v).map(|n| Called::Value(Value::Int(n as i64))),
        }
    }

    /// What `__str__`/`__repr__`/`__format__` returned: it must be a `str`.
    pub(crate) fn text_result(&mut self, r: Value, method: &str) -> RunResult<Called> {
        if self.str_value(r).is_some() {
            return Ok(Called::Value(r));
        }
        Err(RunError::new(
            ExcKind::TypeError,
            format!("{method} returned non-string (type {})", self.type_name(r)),
        ))
    }

    /// What `__iter__` returned: it must be an iterator.
    pub(crate) fn iter_result(&mut self, r: Value) -> RunResult<Called> {
        let is_iterator = match r {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Iter(_) | Object::Generator(_) => true,
                Object::Instance(_) => self.user_dunder(r, "__next__").is_some(),
                _ => false,
            },
            _ => false,
        };
        if is_iterator {
            return Ok(Called::Value(r));
        }
        Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "iter() returned non-iterator of type '{}'",
                self.type_name(r)
            ),
        ))
    }

    /// `item in container` (`not in` when `invert`) where the container is a
    /// user instance: `__contains__`, else iteration, else `__getitem__`.
    pub(crate) fn contains_called(
        &mut self,
        container: Value,
        item: Value,
        invert: bool,
    ) -> RunResult<Called> {
        if let Some(f) = self.user_dunder(container, "__contains__") {
            let args = Args::positional(vec![container, item]);
            return self.call_then(f, args, Cont::Contains { invert });
        }
        if self.user_dunder(container, "__iter__").is_some()
            || self.user_dunder(container, "__getitem__").is_some()
        {
            let fold = super::consume::Fold::Contains { item, invert };
            return self.consume_called(container, fold);
        }
        let found = self.contains(container, item)?;
        Ok(Called::Value(Value::Bool(found != invert)))
    }

    /// `iter(v)`, calling a user `__iter__` resumably.
    pub(crate) fn iter_called(&mut self, v: Value) -> RunResult<Called> {
        match self.user_dunder(v, "__iter__") {
            Some(f) => self.call_then(f, Args::positional(vec![v]), Cont::IterResult),
            None => self.get_iter(v).map(Called::Value),
        }
    }

    /// `-a`, `+a`, `~a`, `not a` on a user instance.
    pub(crate) fn unary_called(&mut self, op: UnOp, a: Value) -> RunResult<Called> {
        let (name, symbol) = match op {
            UnOp::Not => return self.truth_called(a, true),
            UnOp::Neg => ("__neg__", "-"),
            UnOp::Pos => ("__pos__", "+"),
            UnOp::Invert => ("__invert__", "~"),
        };
        match self.user_dunder(a, name) {
            Some(f) => self.call(f, Args::positional(vec![a])),
            // `-x` of a builtin subclass's instance (`class Code(int)`): the builtin's.
            None if self.is_subclassed(a) => self.unary_op(op, a).map(Called::Value),
            None => Err(ops::bad_unary(symbol, &self.type_name(a))),
        }
    }

    /// `str(v)` (`repr(v)` when `repr`), calling a user `__str__`/`__repr__`
    /// resumably; the result is a `str` object.
    pub(crate) fn text_called(&mut self, v: Value, repr: bool) -> RunResult<Called> {
        let mut method = if repr { "__repr__" } else { "__str__" };
        let mut found = self.user_dunder(v, method);
        let own_str = matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Str(_)));
        if found.is_none() && !repr && !own_str {
            // object.__str__ is repr() (but str subclasses inherit str.__str__).
            method = "__repr__";
            found = self.user_dunder(v, method);
        }
        match found {
            Some(f) => {
                let then = Cont::Text {
                    method: method.into(),
                };
                self.call_then(f, Args::positional(vec![v]), then)
            }
            None => {
                let text = if repr { self.repr(v)? } else { self.str(v)? };
                Ok(Called::Value(self.new_str(text)))
            }
        }
    }

    /// `FormatValue` of a user instance: `__format__`, `__str__` or `__repr__`
    /// resumably when no further formatting is needed, else synchronously.
    pub(crate) fn format_called(
        &mut self,
        v: Value,
        conversion: u32,
        spec: Option<Value>,
    ) -> RunResult<Called> {
        let no_spec = spec.is_none_or(|s| self.str_value(s).is_some_and(|t| t.is_empty()));
        match conversion {
            0 => {
                if let Some(f) = self.user_dunder(v, "__format__") {
                    let spec = match spec {
                        Some(s) => s,
                        None => self.new_str(String::new()),
                    };
                    let then = Cont::Text {
                        method: "__format__".into(),
                    };
                    return self.call_then(f, Args::positional(vec![v, spec]), then);
                }
                if no_spec {
                    return self.text_called(v, false);
                }
            }
            1 | 2 if no_spec => return self.text_called(v, conversion == 2),
            _ => {}
        }
        self.format_value(v, conversion, spec).map(Called::Value)
    }

    /// Converts the user instances among `rest` with `str()` (resumably), then
    /// calls `then(*done, **keywords)` (`print` of instances).
    pub(crate) fn str_args_called(
        &mut self,
        mut done: Vec<Value>,
        mut rest: Vec<Value>,
        mut keywords: Vec<(crate::value::symbol::Symbol, Value)>,
        then: Value,
    ) -> RunResult<Called> {
        while let Some(v) = rest.pop() {
            if !self.is_user_object(v) {
                done.push(v);
                continue;
            }
            let base = self.frames.len();
            let cont = Cont::StrArgs {
                done,
                rest,
                keywords,
                then,
            };
            self.frames.push(super::frame::Frame::Native(
                super::frame::NativeFrame::Cont(cont),
            ));
            let called = self.text_called(v, false);
            if let Ok(Called::Pushed | Called::Host(_)) = called {
                return called;
            }
            self.frames.truncate(base + 1);
            let Some(super::frame::Frame::Native(super::frame::NativeFrame::Cont(Cont::StrArgs {
                done: d,
                rest: r,
                keywords: k,
                ..
            }))) = self.frames.pop()
            else {
                return Err(RunError::internal("str args frame lost"));
            };
            (done, rest, keywords) = (d, r, k);
            if let Called::Value(text) = called? {
                done.push(text);
            }
        }
        self.call(
            then,
            Args {
                positional: done,
                keywords,
            },
        )
    }

    /// The getter to call for `obj.name` when it is a property of a user
    /// class whose getter is Python code and that has no `__getattr__` or
    /// `__getattribute__` hook (called resumably by the instruction);
    /// `None` for everything else (plain attribute lookup).
    pub(crate) fn property_getter(
        &mut self,
        obj: Value,
        name: crate::value::symbol::Symbol,
    ) -> Option<Value> {
        if !self.is_user_object(obj) {
            return None;
        }
        let class = self.type_of(obj);
        let attr = self.type_attr(class, name)?;
        let fget = match attr.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Property(p)) if self.is_python_function(p.fget) => p.fget,
            _ => return None,
        };
        // A `__getattr__` must see the getter's `AttributeError` (the general
        // path catches it there).
        if self.hooks(class).getattr.is_some()
            || self.user_dunder(obj, "__getattribute__").is_some()
        {
            return None;
        }
        Some(fget)
    }
}
