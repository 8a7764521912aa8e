//! Comparisons: `==` (builtin fast path, user `__eq__`, element-wise for
//! containers), ordering (`<` and friends, lexicographic for sequences),
//! exact int/float comparison, and the recursion guard for nested containers.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::arith::Num;
use super::ops::MAX_NATIVE_DEPTH;
use super::vm::Vm;
use crate::compile::code::CmpOp;
use crate::exc::{ops, ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

impl Vm {
    /// `a op b` for the six rich comparisons.
    pub(crate) fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> RunResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            }));
        }
        if let Some(r) = self.set_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        match op {
            CmpOp::Eq => return self.eq(a, b).map(Value::Bool),
            CmpOp::Ne => {
                if let Some(r) = self.subclass_ne(a, b)? {
                    return Ok(Value::Bool(r));
                }
                return self.eq(a, b).map(|e| Value::Bool(!e));
            }
            _ => {}
        }
        if let Some(r) = self.dunder_compare(op, a, b)? {
            return Ok(r);
        }
        let ordering = self.order(a, b, op)?;
        Ok(Value::Bool(match (op, ordering) {
            (_, None) => false,
            (CmpOp::Lt, Some(o)) => o == Ordering::Less,
            (CmpOp::Le, Some(o)) => o != Ordering::Greater,
            (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
            (_, Some(o)) => o != Ordering::Less,
        }))
    }

    fn dunder_compare(&mut self, op: CmpOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        let (name, reflected) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
        };
        let not_implemented = self.not_implemented();
        for (receiver, other, name) in [(a, b, name), (b, a, reflected)] {
            if !self.has_dunder(receiver, name) {
                continue;
            }
            let sym = self.interner.intern_static(name);
            if let Some(f) = self.lookup_type_attr(self.type_of(receiver), sym) {
                let r = self.call_nested(f, vec![receiver, other])?;
                if r != not_implemented {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// `a == b`.
    pub(crate) fn eq(&mut self, a: Value, b: Value) -> RunResult<bool> {
        if let Some(r) = self.subclass_eq(a, b)? {
            return Ok(r);
        }
        if let Some(r) = self.eq_builtin(a, b) {
            return Ok(r);
        }
        if let Some(r) = self.alias_eq(a, b)? {
            return Ok(r);
        }
        let pair = (
            a.as_obj().map(|id| self.heap.get(id)),
            b.as_obj().map(|id| self.heap.get(id)),
        );
        if let (Some(Object::List(s)), Some(Object::List(t)))
        | (Some(Object::Tuple(s)), Some(Object::Tuple(t))) = pair
        {
            // Items with a user `__eq__` (or nesting too deep for the fast path).
            let (s, t) = (s.clone(), t.clone());
            if s.len() != t.len() {
                return Ok(false);
            }
            return self.deeper("in comparison", |vm| {
                for (p, q) in s.into_iter().zip(t) {
                    if !p.is(q) && !vm.eq(p, q)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            });
        }
        if let (Some(Object::Dict(_)), Some(Object::Dict(_))) = pair {
            let (s, t) = (self.dict_entries(a)?, self.dict_entries(b)?);
            if s.len() != t.len() {
                return Ok(false);
            }
            let b_id = b
                .as_obj()
                .ok_or_else(|| RunError::internal("dict without handle"))?;
            return self.deeper("in comparison", |vm| {
                for (k, v) in s {
                    match vm.dict_get(b_id, k)? {
                        Some(w) if w.is(v) || vm.eq(v, w)? => {}
                        _ => return Ok(false),
                    }
                }
                Ok(true)
            });
        }
        match self.dunder_compare(CmpOp::Eq, a, b)? {
            Some(r) => self.truthy(r),
            None => Ok(a.is(b)),
        }
    }

    /// `a == b` for builtin types (`None` when a user `__eq__` may decide).
    pub(crate) fn eq_builtin(&self, a: Value, b: Value) -> Option<bool> {
        self.eq_builtin_at(a, b, 0)
    }

    /// `a == b` for the common cases (dict lookups of str keys, tuple keys,
    /// int elements): plain strs, tuples and machine ints compare directly.
    /// `None` when the general rules must decide.
    fn eq_common(&self, a: Value, b: Value, depth: u32) -> Option<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Some(x == y),
            (Value::Obj(x), Value::Obj(y))
                if self.heap.subclassed(x).is_none() && self.heap.subclassed(y).is_none() =>
            {
                match (self.heap.get(x), self.heap.get(y)) {
                    (Object::Str(s), Object::Str(t)) => return Some(s.as_str() == t.as_str()),
                    (Object::Tuple(s), Object::Tuple(t)) if depth <= MAX_NATIVE_DEPTH => {
                        if s.len() != t.len() {
                            return Some(false);
                        }
                        for (p, q) in s.iter().zip(t) {
                            if !p.is(*q) && !self.eq_builtin_at(*p, *q, depth + 1)? {
                                return Some(false);
                            }
                        }
                        return Some(true);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        None
    }

    /// `a == b` when either side is a complex (`None` otherwise).
    fn eq_complex(&self, a: Value, b: Value) -> Option<bool> {
        let is_complex = |v: Value| {
            matches!(
                v.as_obj().map(|id| self.heap.get(id)),
                Some(Object::Complex(..))
            )
        };
        if !is_complex(a) && !is_complex(b) {
            return None;
        }
        let complex = |v: Value| match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Complex(re, im)) => Some((*re, *im)),
            _ => self
                .num(v)
                .and_then(|n| super::arith::to_f64(&n).ok())
                .map(|f| (f, 0.0)),
        };
        Some(matches!((complex(a), complex(b)), (Some(x), Some(y)) if x == y))
    }

    /// [`Vm::eq_builtin`] at nesting `depth` (`None` past the recursion limit).
    fn eq_builtin_at(&self, a: Value, b: Value, depth: u32) -> Option<bool> {
        if let Some(equal) = self.eq_common(a, b, depth) {
            return Some(equal);
        }
        if depth > MAX_NATIVE_DEPTH
            || self.subclass_defines(a, "__eq__")
            || self.subclass_defines(b, "__eq__")
        {
            return None;
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Some(num_cmp(&x, &y) == Some(Ordering::Equal));
        }
        if let Some(equal) = crate::stdlib::re::objects::pattern_eq(self, a, b) {
            return Some(equal);
        }
        if let Some(equal) = self.eq_complex(a, b) {
            return Some(equal);
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            // A user instance against an unboxed value (`Fraction(1, 2)` and
            // `0.5` as dict keys) decides through its `__eq__`.
            let user = |v: Value| {
                v.as_obj()
                    .is_some_and(|id| matches!(self.heap.get(id), Object::Instance(_)))
            };
            if user(a) || user(b) {
                return None;
            }
            return Some(a.is(b));
        };
        if x == y && !matches!(self.heap.get(x), Object::Instance(_)) {
            return Some(true);
        }
        match (self.heap.get(x), self.heap.get(y)) {
            (Object::Str(s), Object::Str(t)) => Some(s.as_str() == t.as_str()),
            (Object::Bytes(s) | Object::ByteArray(s), Object::Bytes(t) | Object::ByteArray(t)) => {
                Some(s == t)
            }
            (Object::List(s), Object::List(t)) | (Object::Tuple(s), Object::Tuple(t)) => {
                if s.len() != t.len() {
                    return Some(false);
                }
                for (p, q) in s.iter().zip(t) {
                    if !p.is(*q) && !self.eq_builtin_at(*p, *q, depth + 1)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Object::Dict(s), Object::Dict(t)) => {
                if s.len() != t.len() {
                    return Some(false);
                }
                for e in s.iter() {
                    let ix = t.find(e.hash, |k| {
                        k.is(e.key) || self.eq_builtin_at(k, e.key, depth + 1) == Some(true)
                    })?;
                    let other = t.entry(ix)?.value;
                    if !other.is(e.value) && !self.eq_builtin_at(other, e.value, depth + 1)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Object::Set(s) | Object::FrozenSet(s), Object::Set(t) | Object::FrozenSet(t)) => {
                if s.len() != t.len() {
                    return Some(false);
                }
                for (hash, key) in s.entries() {
                    t.find(hash, |k| k.is(key) || self.eq_builtin(k, key) == Some(true))?;
                }
                Some(true)
            }
            (Object::BigRange(r), Object::BigRange(s)) => {
                let (rl, sl) = (r.len(), s.len());
                let one = num_bigint::BigInt::from(1);
                Some(
                    rl == sl
                        && (rl == num_bigint::BigInt::from(0)
                            || (r.start == s.start && (rl == one || r.step == s.step))),
                )
            }
            (Object::Range(r), Object::Range(s)) => Some(
                r.len() == s.len()
                    && (r.len() == 0 || (r.start == s.start && (r.len() == 1 || r.step == s.step))),
            ),
            (Object::BoundMethod(m), Object::BoundMethod(n)) => {
                Some(m.receiver.is(n.receiver) && m.function.is(n.function))
            }
            (Object::Slice(s), Object::Slice(t)) => {
                let pairs = [(s.start, t.start), (s.stop, t.stop), (s.step, t.step)];
                for (p, q) in pairs {
                    if !p.is(q) && !self.eq_builtin_at(p, q, depth + 1)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Object::Instance(_), _) | (_, Object::Instance(_)) => None,
            _ => Some(x == y),
        }
    }

    /// Ordering for `<` and friends; `None` means unordered (NaN).
    fn order(&mut self, a: Value, b: Value, op: CmpOp) -> RunResult<Option<Ordering>> {
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(num_cmp(&x, &y));
        }
        self.deeper("in comparison", |vm| vm.order_objects(a, b, op))
    }

    /// Runs `f` one level deeper into nested containers, or raises `RecursionError`.
    pub(crate) fn deeper<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> RunResult<T>,
    ) -> RunResult<T> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(RunError::new(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded {what}"),
            ));
        }
        self.native_depth += 1;
        let result = f(self);
        self.native_depth -= 1;
        result
    }

    fn order_objects(&mut self, a: Value, b: Value, op: CmpOp) -> RunResult<Option<Ordering>> {
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            match (self.heap.get(x), self.heap.get(y)) {
                (Object::Str(s), Object::Str(t)) => return Ok(Some(s.as_str().cmp(t.as_str()))),
                (
                    Object::Bytes(s) | Object::ByteArray(s),
                    Object::Bytes(t) | Object::ByteArray(t),
                ) => return Ok(Some(s.cmp(t))),
                (Object::List(s), Object::List(t)) | (Object::Tuple(s), Object::Tuple(t)) => {
                    let (s, t) = (s.clone(), t.clone());
                    for (p, q) in s.iter().zip(&t) {
                        if !p.is(*q) && !self.eq(*p, *q)? {
                            // The first differing items decide, by the operator
                            // itself (so user `__lt__` and friends take part).
                            let r = self.compare(op, *p, *q)?;
                            let holds = self.truthy(r)?;
                            let less = matches!(op, CmpOp::Lt | CmpOp::Le) == holds;
                            return Ok(Some(if less {
                                Ordering::Less
                            } else {
                                Ordering::Greater
                            }));
                        }
                    }
                    return Ok(Some(s.len().cmp(&t.len())));
                }
                // Slices order as their `(start, stop, step)` tuples.
                (Object::Slice(s), Object::Slice(t)) => {
                    let (s, t) = (vec![s.start, s.stop, s.step], vec![t.start, t.stop, t.step]);
                    let (s, t) = (self.new_tuple(s), self.new_tuple(t));
                    return self.order_objects(s, t, op);
                }
                _ => {}
            }
        }
        Err(self.unorderable(op, a, b))
    }

    /// `'<' not supported between instances of 'A' and 'B'`.
    pub(crate) fn unorderable(&self, op: CmpOp, a: Value, b: Value) -> RunError {
        let symbol = match op {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        ops::unorderable(symbol, &self.type_name(a), &self.type_name(b))
    }

    /// `a < b` as used by `sorted`, `min`, `max`.
    pub(crate) fn less_than(&mut self, a: Value, b: Value) -> RunResult<bool> {
        if let Some(r) = self.fast_lt(a, b, 0) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Lt, a, b)?;
        self.truthy(r)
    }

    /// `a < b` decided natively for what sort keys usually are: numbers,
    /// plain strs, and tuples of them (CPython's `unsafe_*_compare` idea).
    /// `None` for anything else, which takes the general protocol.
    fn fast_lt(&self, a: Value, b: Value, depth: u32) -> Option<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x < y),
            (Value::Float(x), Value::Float(y)) => Some(x < y),
            (Value::Int(_) | Value::Float(_) | Value::Bool(_), Value::Int(_) | Value::Float(_))
            | (Value::Int(_) | Value::Float(_), Value::Bool(_)) => {
                let (x, y) = (self.num(a)?, self.num(b)?);
                Some(num_cmp(&x, &y) == Some(Ordering::Less))
            }
            (Value::Obj(x), Value::Obj(y)) => {
                if self.heap.subclassed(x).is_some() || self.heap.subclassed(y).is_some() {
                    return None;
                }
                match (self.heap.get(x), self.heap.get(y)) {
                    (Object::Str(s), Object::Str(t)) => Some(s.as_str() < t.as_str()),
                    (Object::Tuple(s), Object::Tuple(t)) if depth < 8 => {
                        for (p, q) in s.iter().zip(t) {
                            if p.is(*q) || self.eq_builtin(*p, *q)? {
                                continue;
                            }
                            return self.fast_lt(*p, *q, depth + 1);
                        }
                        Some(s.len() < t.len())
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

/// Compares two numbers exactly (CPython compares int and float exactly).
pub(crate) fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(f), other) => num_cmp(other, &Num::Float(*f)).map(Ordering::reverse),
        (Num::Int(i), Num::Float(f)) => {
            if f.is_nan() {
                None
            } else if i.unsigned_abs() < (1 << 53) {
                (*i as f64).partial_cmp(f)
            } else {
                Some(big_float_cmp(&BigInt::from(*i), *f))
            }
        }
        (Num::Big(b), Num::Float(f)) => {
            if f.is_nan() {
                None
            } else {
                Some(big_float_cmp(b, *f))
            }
        }
        (x, y) => {
            let to_big = |n: &Num| match n {
                Num::Int(i) => BigInt::from(*i),
                Num::Big(b) => b.clone(),
                Num::Float(_) => BigInt::zero(),
            };
            Some(to_big(x).cmp(&to_big(y)))
        }
    }
}

fn big_float_cmp(b: &BigInt, f: f64) -> Ordering {
    if f.is_infinite() {
        return if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    let floor = f.floor();
    let fb = BigInt::from(floor.to_i128().unwrap_or(0));
    let as_big =
        num_bigint::BigInt::parse_bytes(format!("{floor:.0}").as_bytes(), 10).unwrap_or(fb);
    match b.cmp(&as_big) {
        Ordering::Equal if floor < f => Ordering::Less,
        other => other,
    }
}
