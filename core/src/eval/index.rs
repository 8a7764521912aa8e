//! CPython's `__index__` protocol (`PyNumber_Index`): a user object standing
//! for an int in subscripts and slices, `range()`, `bin`/`hex`/`oct`, sequence
//! repetition and every builtin taking an integer argument.
//!
//! The user's `__index__` runs as a nested call (it cannot pause; a host call
//! inside it raises the nested-callback `RuntimeError`), so callers convert the
//! value once, up front, and keep their `&self` integer code unchanged.

use super::vm::Vm;
use crate::exc::{ops, RunResult};
use crate::value::iter::Slice;
use crate::value::object::Object;
use crate::value::Value;

impl Vm {
    /// `v` itself, or the int its user `__index__` returns (checked to be an
    /// int); values without one pass through for the caller's own error.
    pub(crate) fn user_index(&mut self, v: Value) -> RunResult<Value> {
        if !self.is_user_object(v) || self.is_int(v) {
            return Ok(v);
        }
        Ok(self.user_conversion(v, "__index__", "int")?.unwrap_or(v))
    }

    /// `operator.index(v)`: the exact int `v` stands for (a bool or an `int`
    /// subclass instance becomes a plain int), or CPython's `TypeError`.
    pub(crate) fn index_of(&mut self, v: Value) -> RunResult<Value> {
        let r = self.user_index(v)?;
        match self.num(r) {
            Some(super::arith::Num::Int(i)) => Ok(Value::Int(i)),
            Some(super::arith::Num::Big(b)) if self.is_user_object(r) => Ok(self.int_value(b)),
            Some(super::arith::Num::Big(_)) => Ok(r),
            _ => Err(ops::not_an_integer(&self.type_name(v))),
        }
    }

    /// A subscript key of builtin sequence `obj` with user `__index__` objects
    /// (the key itself or a slice's parts) converted to ints.
    pub(crate) fn index_key(&mut self, obj: Value, key: Value) -> RunResult<Value> {
        let Value::Obj(k) = key else {
            return Ok(key);
        };
        let is_sequence = obj.as_obj().is_some_and(|id| {
            matches!(
                self.heap.get(id),
                Object::List(_)
                    | Object::Tuple(_)
                    | Object::Str(_)
                    | Object::Bytes(_)
                    | Object::ByteArray(_)
                    | Object::MemoryView(_)
                    | Object::Range(_)
            )
        });
        if !is_sequence {
            return Ok(key);
        }
        let Object::Slice(s) = self.heap.get(k) else {
            return self.user_index(key);
        };
        let parts = [s.start, s.stop, s.step];
        if !parts.iter().any(|p| self.is_user_object(*p)) {
            return Ok(key);
        }
        let mut converted = [Value::None; 3];
        for (slot, part) in converted.iter_mut().zip(parts) {
            *slot = self.user_index(part)?;
        }
        let [first, last, stride] = converted;
        Ok(Value::Obj(self.heap.alloc(Object::Slice(Slice {
            start: first,
            stop: last,
            step: stride,
        }))))
    }

    /// The result of conversion hook `dunder` (`__int__`, `__float__`,
    /// `__index__`) of a user object, checked to be an `expected` ("int" or
    /// "float"); `None` when the object's class does not define it.
    pub(crate) fn user_conversion(
        &mut self,
        v: Value,
        dunder: &'static str,
        expected: &str,
    ) -> RunResult<Option<Value>> {
        let Some(f) = self.user_dunder(v, dunder) else {
            return Ok(None);
        };
        let r = self.call_nested(f, vec![v])?;
        let fits = if expected == "int" {
            self.is_int(r)
        } else {
            matches!(self.num(r), Some(super::arith::Num::Float(_)))
        };
        if fits {
            Ok(Some(r))
        } else {
            Err(ops::dunder_returned_wrong_type(
                dunder,
                expected,
                &self.type_name(r),
            ))
        }
    }

    /// Whether `v` is an int (a bool, or an instance of an `int` subclass).
    fn is_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(id) => matches!(self.heap.get(id), Object::BigInt(_)),
            _ => false,
        }
    }
}
