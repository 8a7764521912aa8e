//! `BaseExceptionGroup`/`ExceptionGroup`: construction rules (an
//! `ExceptionGroup` of `Exception`s only, `BaseExceptionGroup` becoming an
//! `ExceptionGroup` when it can), `split`/`subgroup`/`derive`, and the two
//! steps of `except*`: matching a clause (`CheckEgMatch`) and computing what
//! is raised after the clauses ran (`PrepReraiseStar`).

use super::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::exception::Exception;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// What an exception group is split by.
#[derive(Clone)]
pub(crate) enum Matcher {
    /// Exception classes (`except* ValueError`, `eg.split((A, B))`).
    Classes(Vec<ObjId>),
    /// A predicate called with each exception.
    Predicate(Value),
    /// These exact (leaf) exception objects.
    Leaves(Vec<Value>),
}

fn type_error(message: impl Into<String>) -> RunError {
    RunError::new(ExcKind::TypeError, message)
}

impl Vm {
    /// `BaseExceptionGroup(message, exceptions)` for class `class`.
    pub(crate) fn new_exception_group(&mut self, class: ObjId, args: &[Value]) -> RunResult<Value> {
        let [message, excs] = args else {
            return Err(type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        };
        if self.str_value(*message).is_none() {
            return Err(type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                self.type_name(*message)
            )));
        }
        let items = match excs.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::List(items) | Object::Tuple(items)) => items.clone(),
            _ => {
                return Err(type_error(
                    "second argument (exceptions) must be a sequence",
                ))
            }
        };
        if items.is_empty() {
            return Err(RunError::new(
                ExcKind::ValueError,
                "second argument (exceptions) must be a non-empty sequence",
            ));
        }
        let base = self.types.exception(ExcKind::BaseException);
        let exception = self.types.exception(ExcKind::Exception);
        let mut all_exceptions = true;
        for (i, item) in items.iter().enumerate() {
            if !self.is_instance(*item, base) {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    format!("Item {i} of second argument (exceptions) is not an exception"),
                ));
            }
            all_exceptions &= self.is_instance(*item, exception);
        }
        let base_group = self.types.exception(ExcKind::BaseExceptionGroup);
        let group = self.types.exception(ExcKind::ExceptionGroup);
        let class = if class == base_group && all_exceptions {
            group
        } else {
            class
        };
        if !all_exceptions && self.is_subclass(class, group) {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
        let kind = if self.is_subclass(class, group) {
            ExcKind::ExceptionGroup
        } else {
            ExcKind::BaseExceptionGroup
        };
        let mut exc = Exception::new(class, kind, vec![*message, *excs]);
        let tuple = self.new_tuple(items);
        exc.attrs.set(self.interner.intern("message"), *message);
        exc.attrs.set(self.interner.intern("exceptions"), tuple);
        Ok(Value::Obj(
            self.heap.alloc(Object::Exception(Box::new(exc))),
        ))
    }

    /// The sub-exceptions of `v` when it is an exception group.
    pub(crate) fn group_members(&mut self, v: Value) -> Option<Vec<Value>> {
        let sym = self.interner.intern("exceptions");
        let Some(Object::Exception(e)) = v.as_obj().map(|id| self.heap.get(id)) else {
            return None;
        };
        if !e.kind.is_subclass_of(ExcKind::BaseExceptionGroup) {
            return None;
        }
        let tuple = e.attrs.get(sym)?;
        self.tuple_items(tuple).ok()
    }

    /// `str(group)`: `message (N sub-exceptions)`.
    pub(crate) fn group_str(&mut self, id: ObjId) -> Option<String> {
        let members = self.group_members(Value::Obj(id))?;
        let sym = self.interner.intern("message");
        let message = match self.heap.get(id) {
            Object::Exception(e) => e.attrs.get(sym),
            _ => None,
        };
        let message = message.and_then(|m| self.str_value(m)).unwrap_or_default();
        let s = if members.len() == 1 { "" } else { "s" };
        Some(format!("{message} ({} sub-exception{s})", members.len()))
    }

    /// The matcher for `split`/`subgroup`/`except*` from a class, a tuple of
    /// classes or a predicate.
    pub(crate) fn group_matcher(&mut self, cond: Value) -> RunResult<Matcher> {
        let base = self.types.exception(ExcKind::BaseException);
        let items = match cond.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            Some(Object::Class(_)) => vec![cond],
            _ if cond != Value::None && !self.is_class_value(cond) => {
                return Ok(Matcher::Predicate(cond))
            }
            _ => vec![cond],
        };
        let mut classes = Vec::new();
        for item in items {
            match item {
                Value::Obj(id) if self.class(id).is_some() && self.is_subclass(id, base) => {
                    classes.push(id);
                }
                _ => {
                    return Err(type_error(
                        "expected a function, exception type or tuple of exception types",
                    ))
                }
            }
        }
        Ok(Matcher::Classes(classes))
    }

    fn is_class_value(&self, v: Value) -> bool {
        matches!(v, Value::Obj(id) if self.class(id).is_some())
    }

    fn matches(&mut self, matcher: &Matcher, exc: Value) -> RunResult<bool> {
        match matcher {
            Matcher::Classes(classes) => Ok(classes.iter().any(|c| self.is_instance(exc, *c))),
            Matcher::Predicate(f) => {
                let r = self.call_hook(*f, vec![exc])?;
                self.truthy(r)
            }
            Matcher::Leaves(leaves) => Ok(leaves.iter().any(|l| l.is(exc))),
        }
    }

    /// `group.split(cond)`: `(match, rest)`, either `None`.
    pub(crate) fn group_split(
        &mut self,
        group: Value,
        by: &Matcher,
    ) -> RunResult<(Option<Value>, Option<Value>)> {
        if self.matches(by, group)? {
            return Ok((Some(group), None));
        }
        let Some(members) = self.group_members(group) else {
            return Ok((None, Some(group)));
        };
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for member in members {
            let (m, r) = self.group_split(member, by)?;
            matched.extend(m);
            rest.extend(r);
        }
        let matched = self.derive_nonempty(group, matched)?;
        let rest = self.derive_nonempty(group, rest)?;
        Ok((matched, rest))
    }

    fn derive_nonempty(&mut self, group: Value, items: Vec<Value>) -> RunResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        self.group_derive(group, items).map(Some)
    }

    /// `group.derive(excs)` plus the fields `split` copies from the original.
    pub(crate) fn group_derive(&mut self, group: Value, items: Vec<Value>) -> RunResult<Value> {
        let notes_sym = self.interner.intern("__notes__");
        let (message, cause, context, notes, traceback) =
            match group.as_obj().map(|id| self.heap.get(id)) {
                Some(Object::Exception(e)) => (
                    e.args.first().copied().unwrap_or(Value::None),
                    e.cause,
                    e.context,
                    e.attrs.get(notes_sym),
                    e.traceback.clone(),
                ),
                _ => (Value::None, None, None, None, Vec::new()),
            };
        let list = self.new_list(items);
        let base_group = self.types.exception(ExcKind::BaseExceptionGroup);
        let derived = self.new_exception_group(base_group, &[message, list])?;
        if let Some(Object::Exception(e)) = derived.as_obj().and_then(|id| self.heap.get_mut(id)) {
            e.cause = cause;
            e.context = context;
            e.traceback = traceback;
        }
        if let (Some(notes), Value::Obj(id)) = (notes, derived) {
            let sym = self.interner.intern("__notes__");
            self.set_own_attr(id, sym, notes)?;
        }
        Ok(derived)
    }

    /// `CheckEgMatch`: splits `rest` by the `except*` clause's `class`;
    /// returns `(rest', match)`. A naked exception that matches is wrapped in
    /// an `ExceptionGroup("", [exc])`.
    pub(crate) fn except_star_match(
        &mut self,
        rest: Value,
        class: Value,
    ) -> RunResult<(Value, Value)> {
        let by = self.group_matcher(class)?;
        if let Matcher::Classes(classes) = &by {
            let group = self.types.exception(ExcKind::BaseExceptionGroup);
            if classes.iter().any(|c| self.is_subclass(*c, group)) {
                return Err(type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        if rest == Value::None {
            return Ok((Value::None, Value::None));
        }
        if self.group_members(rest).is_none() {
            if !self.matches(&by, rest)? {
                return Ok((rest, Value::None));
            }
            let empty = self.new_str(String::new());
            let items = self.new_tuple(vec![rest]);
            let group = self.types.exception(ExcKind::BaseExceptionGroup);
            let wrapped = self.new_exception_group(group, &[empty, items])?;
            return Ok((Value::None, wrapped));
        }
        let (matched, rest) = self.group_split(rest, &by)?;
        Ok((rest.unwrap_or(Value::None), matched.unwrap_or(Value::None)))
    }

    /// `PrepReraiseStar` (CPython's `_PyExc_PrepReraiseStar`): `raised`
    /// holds what the handlers raised, then the unhandled rest. Parts of the
    /// original group (the rest, bare `raise`s) are re-raised as one
    /// projection of it; new exceptions are grouped with that projection.
    pub(crate) fn prep_reraise_star(&mut self, orig: Value, raised: Value) -> RunResult<Value> {
        let items: Vec<Value> = self
            .list_items(raised)?
            .into_iter()
            .filter(|v| *v != Value::None)
            .collect();
        if self.group_members(orig).is_none() {
            return Ok(items.first().copied().unwrap_or(Value::None));
        }
        let (mut new, mut leaves) = (Vec::new(), Vec::new());
        for item in items {
            if self.same_metadata(item, orig) {
                self.collect_leaves(item, &mut leaves);
            } else {
                new.push(item);
            }
        }
        let kept = if leaves.is_empty() {
            None
        } else {
            self.group_split(orig, &Matcher::Leaves(leaves))?.0
        };
        new.extend(kept);
        match new.as_slice() {
            [] => Ok(Value::None),
            [one] => Ok(*one),
            _ => {
                let empty = self.new_str(String::new());
                let list = self.new_list(new);
                let group = self.types.exception(ExcKind::BaseExceptionGroup);
                self.new_exception_group(group, &[empty, list])
            }
        }
    }

    /// Whether `a` carries `b`'s traceback, cause, context and notes (it is
    /// a part of `b` re-raised, not a new exception).
    fn same_metadata(&mut self, a: Value, b: Value) -> bool {
        let notes = self.interner.intern("__notes__");
        let fields = |vm: &Vm, v: Value| match v.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Exception(e)) => Some((
                e.traceback
                    .iter()
                    .map(|t| (t.code, t.pc))
                    .collect::<Vec<_>>(),
                e.cause,
                e.context,
                e.attrs.get(notes),
            )),
            _ => None,
        };
        match (fields(self, a), fields(self, b)) {
            (Some((ta, ca, xa, na)), Some((tb, cb, xb, nb))) => {
                ta == tb
                    && ca.map(Value::as_obj) == cb.map(Value::as_obj)
                    && xa.map(Value::as_obj) == xb.map(Value::as_obj)
                    && na.map(Value::as_obj) == nb.map(Value::as_obj)
            }
            _ => false,
        }
    }

    /// The non-group exceptions inside `v` (or `v` itself).
    fn collect_leaves(&mut self, v: Value, out: &mut Vec<Value>) {
        match self.group_members(v) {
            Some(members) => {
                for m in members {
                    self.collect_leaves(m, out);
                }
            }
            None => out.push(v),
        }
    }
}
