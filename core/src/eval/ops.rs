//! Operators: binary and in-place arithmetic dispatch, sequence `+`/`*`,
//! unary operators, rich comparison, truthiness, `in`, hashing.

use num_bigint::BigInt;
use num_traits::Zero;

use super::arith::Num;
use super::vm::Vm;
use crate::compile::code::{BinOp, UnOp};
use crate::exc::{ops, ExcKind, RunError, RunResult};
use crate::value::hash;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// The operator symbol CPython shows in messages.
pub(crate) fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
    }
}

/// The dunder names of a binary operator: `(__add__, __radd__, __iadd__)`.
pub(crate) fn dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

impl Vm {
    /// `a op b`.
    pub(crate) fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return self.int_op(op, x, y);
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Value::Bool(x & y)),
                BinOp::Or => return Ok(Value::Bool(x | y)),
                BinOp::Xor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if op == BinOp::Pow {
            if let Some(r) = self.negative_base_pow(a, b)? {
                return Ok(r);
            }
        }
        if self.is_subclassed(a) || self.is_subclassed(b) {
            if let Some(r) = self.dunder_binary(op, a, b)? {
                return Ok(r);
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            if let Some(r) = super::arith::float_op(op, x, y) {
                return r.map(|f| Value::Float(self.fresh_if_nan(f)));
            }
        }
        if let Some(r) = self.binary_builtin(op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = self.dunder_binary(op, a, b)? {
            return Ok(r);
        }
        if op == BinOp::Or {
            if let Some(r) = self.type_union(a, b) {
                return Ok(r);
            }
        }
        Err(self.unsupported(op, a, b))
    }

    /// `a op b` by the builtin types' own rules (`None`: not supported by them).
    pub(crate) fn binary_builtin(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> RunResult<Option<Value>> {
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            if let Some(r) = self.numeric_op(op, &x, &y) {
                return r.map(Some);
            }
        }
        if let Some(r) = self.complex_op(op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = self.bytes_binary(op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = self.sequence_op(op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = self.view_binary(op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = self.set_binary(op, a, b)? {
            return Ok(Some(r));
        }
        if op == BinOp::Mod {
            if let Some(fmt) = self.str_value(a) {
                return self.percent_format(&fmt, b).map(Some);
            }
        }
        Ok(None)
    }

    pub(crate) fn unsupported(&self, op: BinOp, a: Value, b: Value) -> RunError {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && matches!(ta.as_str(), "str" | "list" | "tuple") {
            return ops::concat(&ta, &tb);
        }
        if op == BinOp::Mul && self.seq_kind(b).is_some() && self.repeat_count(a).is_none() {
            return ops::sequence_multiply(&ta);
        }
        ops::unsupported_binary(binop_symbol(op), &ta, &tb)
    }

    /// `a op= b`: lists extend in place; everything else as `a op b`.
    pub(crate) fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Value> {
        if let Some(r) = self.bytearray_inplace(op, a, b)? {
            return Ok(r);
        }
        if let Value::Obj(id) = a {
            if op == BinOp::Or
                && matches!(self.heap.get(id), Object::Dict(_))
                && (matches!(b.as_obj().map(|o| self.heap.get(o)), Some(Object::Dict(_)))
                    || self.get_iter(b).is_ok())
            {
                self.dict_update(a, b)?;
                return Ok(a);
            }
            if matches!(self.heap.get(id), Object::Set(_))
                && self.is_set(b)
                && matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            {
                self.set_update_op(op, id, b)?;
                return Ok(a);
            }
            if matches!(self.heap.get(id), Object::List(_)) {
                match op {
                    BinOp::Add => {
                        let items = self.collect_values(b)?;
                        if let Some(Object::List(list)) = self.heap.get_mut(id) {
                            list.extend(items);
                        }
                        return Ok(a);
                    }
                    BinOp::Mul => {
                        let r = self.binary_op(op, a, b)?;
                        let items = self.list_items(r)?;
                        if let Some(Object::List(list)) = self.heap.get_mut(id) {
                            *list = items;
                        }
                        return Ok(a);
                    }
                    _ => {}
                }
            }
            if matches!(self.heap.get(id), Object::Instance(_)) {
                let name = self.interner.intern(dunders(op).2);
                if let Some(f) = self.lookup_type_attr(self.type_of(a), name) {
                    return self.call_nested(f, vec![a, b]);
                }
            }
        }
        self.binary_op(op, a, b).map_err(|e| inplace_message(e, op))
    }

    /// `str`/`list`/`tuple` concatenation and repetition.
    fn sequence_op(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        let (Some(ka), kb) = (self.seq_kind(a), self.seq_kind(b)) else {
            if op == BinOp::Mul && self.seq_kind(b).is_some() {
                if self.repeat_count(a).is_some() {
                    return self.sequence_op(op, b, a);
                }
                if !self.has_dunder(a, "__mul__") && self.has_dunder(a, "__index__") {
                    let n = self.index_of(a)?;
                    return self.sequence_op(op, b, n);
                }
            }
            return Ok(None);
        };
        match op {
            BinOp::Add if kb == Some(ka) => Ok(Some(self.concat(a, b)?)),
            BinOp::Mul => match self.repeat_count(b) {
                Some(i64::MAX)
                    if matches!(
                        b.as_obj().map(|id| self.heap.get(id)),
                        Some(Object::BigInt(_))
                    ) =>
                {
                    Err(RunError::new(
                        ExcKind::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
                Some(n) => Ok(Some(self.repeat(a, n)?)),
                None if self.num(b).is_some()
                    || kb.is_some()
                    || b == Value::None
                    || matches!(b, Value::Obj(_)) =>
                {
                    if self.has_dunder(b, "__rmul__") {
                        return Ok(None);
                    }
                    if self.has_dunder(b, "__index__") {
                        let n = self.index_of(b)?;
                        return self.sequence_op(op, a, n);
                    }
                    Err(ops::sequence_multiply(&self.type_name(b)))
                }
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    pub(crate) fn has_dunder(&mut self, v: Value, name: &'static str) -> bool {
        if !self.is_user_object(v) {
            return false;
        }
        let sym = self.interner.intern_static(name);
        self.lookup_type_attr(self.type_of(v), sym).is_some()
    }

    /// 0 = str, 1 = list, 2 = tuple.
    fn seq_kind(&self, v: Value) -> Option<u8> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Bytes(_)) => Some(3),
            Some(Object::Str(_)) => Some(0),
            Some(Object::List(_)) => Some(1),
            Some(Object::Tuple(_)) => Some(2),
            _ => None,
        }
    }

    fn repeat_count(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(i64::from(b)),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) => Some(if b > &BigInt::zero() { i64::MAX } else { 0 }),
                _ => None,
            },
            _ => None,
        }
    }

    fn concat(&mut self, a: Value, b: Value) -> RunResult<Value> {
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Err(RunError::internal("concat of non-objects"));
        };
        self.reserve(
            crate::limits::seq_bytes(self.heap.get(x))
                .saturating_add(crate::limits::seq_bytes(self.heap.get(y))),
        )?;
        match (self.heap.get(x), self.heap.get(y)) {
            (Object::Bytes(s), Object::Bytes(t)) => {
                let joined = [s.as_slice(), t.as_slice()].concat();
                Ok(Value::Obj(self.heap.alloc(Object::Bytes(joined))))
            }
            (Object::Str(s), Object::Str(t)) => {
                let mut out = String::with_capacity(s.as_str().len() + t.as_str().len());
                out.push_str(s.as_str());
                out.push_str(t.as_str());
                Ok(self.new_str(out))
            }
            (Object::List(s), Object::List(t)) => {
                let items = [s.as_slice(), t.as_slice()].concat();
                Ok(self.new_list(items))
            }
            (Object::Tuple(s), Object::Tuple(t)) => {
                let items = [s.as_slice(), t.as_slice()].concat();
                Ok(self.new_tuple(items))
            }
            _ => Err(RunError::internal("concat of mismatched sequences")),
        }
    }

    fn repeat(&mut self, seq: Value, n: i64) -> RunResult<Value> {
        let n = usize::try_from(n).unwrap_or(0);
        let Value::Obj(id) = seq else {
            return Err(RunError::internal("repeat of a non-object"));
        };
        let unit = match self.heap.get(id) {
            Object::Str(s) => s.as_str().len(),
            Object::List(items) | Object::Tuple(items) => {
                items.len() * std::mem::size_of::<Value>()
            }
            _ => 0,
        };
        self.reserve(unit.saturating_mul(n))?;
        match self.heap.get(id) {
            Object::Str(s) => {
                let text = s.as_str().repeat(n);
                Ok(self.new_str(text))
            }
            Object::List(items) => {
                let items = items.repeat(n);
                Ok(self.new_list(items))
            }
            Object::Tuple(items) => {
                let items = items.repeat(n);
                Ok(self.new_tuple(items))
            }
            _ => Err(RunError::internal("repeat of a non-sequence")),
        }
    }

    /// `a.__op__(b)`, then `b.__rop__(a)`, for instances of user classes.
    fn dunder_binary(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        let (name, rname, _) = dunders(op);
        let not_implemented = self.not_implemented();
        for (receiver, other, name) in [(a, b, name), (b, a, rname)] {
            if !self.is_user_object(receiver) {
                continue;
            }
            let sym = self.interner.intern(name);
            if let Some(f) = self.lookup_type_attr(self.type_of(receiver), sym) {
                let r = self.call_nested(f, vec![receiver, other])?;
                if r != not_implemented {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// `op a`.
    pub(crate) fn unary_op(&mut self, op: UnOp, a: Value) -> RunResult<Value> {
        if op == UnOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        let symbol = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            _ => "~",
        };
        match (op, self.num(a)) {
            (UnOp::Pos, Some(Num::Int(i))) => Ok(Value::Int(i)),
            (UnOp::Pos, Some(Num::Float(f))) => Ok(Value::Float(f)),
            (UnOp::Pos, Some(Num::Big(_))) => Ok(a),
            (UnOp::Neg, Some(Num::Int(i))) => match i.checked_neg() {
                Some(n) => Ok(Value::Int(n)),
                None => Ok(self.int_value(-BigInt::from(i))),
            },
            (UnOp::Neg, Some(Num::Float(f))) => Ok(Value::Float(-f)),
            (UnOp::Neg, Some(Num::Big(b))) => Ok(self.int_value(-b)),
            (UnOp::Invert, Some(Num::Int(i))) => Ok(Value::Int(!i)),
            (UnOp::Invert, Some(Num::Big(b))) => Ok(self.int_value(-b - 1)),
            (UnOp::Neg | UnOp::Pos, None) if self.complex_of(a).is_ok_and(|c| c.is_some()) => {
                let (re, im) = self.complex_of(a)?.unwrap_or((0.0, 0.0));
                Ok(if op == UnOp::Neg {
                    self.new_complex((-re, -im))
                } else {
                    a
                })
            }
            _ => {
                let name = match op {
                    UnOp::Neg => "__neg__",
                    UnOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                if self.has_dunder(a, name) {
                    let sym = self.interner.intern(name);
                    if let Some(f) = self.lookup_type_attr(self.type_of(a), sym) {
                        return self.call_nested(f, vec![a]);
                    }
                }
                Err(ops::bad_unary(symbol, &self.type_name(a)))
            }
        }
    }

    /// `bool(v)`.
    pub(crate) fn truthy(&mut self, v: Value) -> RunResult<bool> {
        if let Some(b) = self.subclass_truthy(v)? {
            return Ok(b);
        }
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => !s.as_str().is_empty(),
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::MemoryView(_) => self.buffer(v).is_some_and(|b| !b.is_empty()),
                Object::List(items) | Object::Tuple(items) => !items.is_empty(),
                Object::Dict(d) => d.len() != 0,
                Object::Set(s) | Object::FrozenSet(s) => s.len() != 0,
                Object::Range(r) => r.len() != 0,
                Object::BigRange(r) => !r.len().is_zero(),
                Object::BigInt(b) => !b.is_zero(),
                Object::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Object::Instance(_) => return self.instance_truthy(v),
                _ => true,
            },
        })
    }

    fn instance_truthy(&mut self, v: Value) -> RunResult<bool> {
        for name in ["__bool__", "__len__"] {
            let sym = self.interner.intern(name);
            if let Some(f) = self.lookup_type_attr(self.type_of(v), sym) {
                let r = self.call_nested(f, vec![v])?;
                return match r {
                    Value::Bool(b) => Ok(b),
                    Value::Int(i) if name == "__len__" => Ok(i != 0),
                    other => Err(RunError::new(
                        ExcKind::TypeError,
                        format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(other)
                        ),
                    )),
                };
            }
        }
        Ok(true)
    }

    /// `item in container`.
    pub(crate) fn contains(&mut self, container: Value, item: Value) -> RunResult<bool> {
        let Value::Obj(id) = container else {
            return Err(self.not_container(container));
        };
        if self.has_dunder(container, "__contains__") {
            let sym = self.interner.intern_static("__contains__");
            let f = self
                .lookup_type_attr(self.type_of(container), sym)
                .unwrap_or(Value::None);
            let r = self.call_nested(f, vec![container, item])?;
            return self.truthy(r);
        }
        match self.heap.get(id) {
            Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_) => {
                self.bytes_contains(container, item)
            }
            Object::Str(s) => match item.as_obj().map(|i| self.heap.get(i)) {
                Some(Object::Str(t)) => Ok(s.as_str().contains(t.as_str())),
                _ => Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(item)
                    ),
                )),
            },
            Object::List(items) | Object::Tuple(items) => {
                let items = items.clone();
                for v in items {
                    if v.is(item) || self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Object::Dict(_) => Ok(self.dict_get(id, item)?.is_some()),
            Object::Set(_) | Object::FrozenSet(_) => {
                let item = crate::builtins::frozen_key(self, item)?;
                self.set_contains(id, item)
            }
            Object::DictView(dict, view) => {
                let (dict, view) = (*dict, *view);
                match view {
                    crate::value::iter::DictView::Keys | crate::value::iter::DictView::Proxy => {
                        Ok(self.dict_get(dict, item)?.is_some())
                    }
                    crate::value::iter::DictView::Items => {
                        let pair = self.collect_values(item)?;
                        let [k, v] = pair.as_slice() else {
                            return Ok(false);
                        };
                        match self.dict_get(dict, *k)? {
                            Some(found) => self.eq(found, *v),
                            None => Ok(false),
                        }
                    }
                    crate::value::iter::DictView::Values => {
                        for v in self.collect_values(container)? {
                            if v.is(item) || self.eq(v, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                }
            }
            Object::Range(_) | Object::BigRange(_) => {
                Ok(crate::builtins::range_contains(self, id, item))
            }
            Object::Class(_) => self.class_contains(container, item),
            Object::Iter(_) | Object::Generator(_) | Object::Instance(_) => {
                let it = self.get_iter(container)?;
                while let Some(v) = self.next_nested(it)? {
                    if v.is(item) || self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.not_container(container)),
        }
    }

    /// `item in Class`: the metaclass's `__contains__`, else its `__iter__` (an Enum's members).
    fn class_contains(&mut self, class: Value, item: Value) -> RunResult<bool> {
        let meta = self.type_of(class);
        let sym = self.interner.intern_static("__contains__");
        if let Some(f) = self.lookup_type_attr(meta, sym) {
            let r = self.call_nested(f, vec![class, item])?;
            return self.truthy(r);
        }
        let sym = self.interner.intern_static("__iter__");
        if self.lookup_type_attr(meta, sym).is_none() {
            return Err(self.not_container(class));
        }
        let it = self.get_iter(class)?;
        while let Some(v) = self.next_nested(it)? {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn not_container(&self, v: Value) -> RunError {
        RunError::new(
            ExcKind::TypeError,
            format!("argument of type '{}' is not iterable", self.type_name(v)),
        )
    }

    /// `hash(v)`.
    pub(crate) fn hash(&mut self, v: Value) -> RunResult<i64> {
        if let Some(h) = self.subclass_hash(v)? {
            return Ok(h);
        }
        Ok(match v {
            Value::None => 0x5f3c_8e1a,
            Value::Bool(b) => i64::from(b),
            Value::Int(i) => hash::hash_i64(i),
            Value::Float(f) => hash::hash_f64(f),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => hash::hash_str(s.as_str()),
                Object::Bytes(b) => hash::hash_str(&String::from_utf8_lossy(b)),
                Object::BigInt(b) => hash::hash_bigint(b),
                Object::Complex(re, im) => Vm::complex_hash(*re, *im),
                Object::Tuple(items) => {
                    let items = items.clone();
                    let hashes = self.deeper("while hashing", |vm| {
                        items
                            .into_iter()
                            .map(|item| vm.hash(item))
                            .collect::<RunResult<Vec<_>>>()
                    })?;
                    hash::hash_tuple(hashes.into_iter())
                }
                Object::FrozenSet(_) => self.frozenset_hash(v),
                // CPython's `range_hash`: (len, start, step), with None for what
                // does not tell equal ranges apart.
                Object::BigRange(r) => {
                    let none = 0x5f3c_8e1a;
                    let len = r.len();
                    let one = BigInt::from(1);
                    let (start, step) = if len.is_zero() {
                        (none, none)
                    } else if len == one {
                        (hash::hash_bigint(&r.start), none)
                    } else {
                        (hash::hash_bigint(&r.start), hash::hash_bigint(&r.step))
                    };
                    let len = hash::hash_bigint(&len);
                    hash::hash_tuple([len, start, step].into_iter())
                }
                Object::Range(r) => {
                    let none = 0x5f3c_8e1a;
                    let len = r.len();
                    let (start, step) = match len {
                        0 => (none, none),
                        1 => (hash::hash_i64(r.start), none),
                        _ => (hash::hash_i64(r.start), hash::hash_i64(r.step)),
                    };
                    let len = hash::hash_i64(len);
                    hash::hash_tuple([len, start, step].into_iter())
                }
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::ByteArray(_)
                | Object::Slice(_) => return Err(ops::unhashable(&self.type_name(v))),
                Object::Instance(_) => return self.instance_hash(v, id),
                Object::Re(_) => crate::stdlib::re::objects::pattern_hash(self, id)
                    .unwrap_or_else(|| identity_hash(id)),
                _ => identity_hash(id),
            },
        })
    }

    fn instance_hash(&mut self, v: Value, id: ObjId) -> RunResult<i64> {
        let sym = self.interner.intern_static("__hash__");
        match self.lookup_type_attr(self.type_of(v), sym) {
            Some(Value::None) => Err(ops::unhashable(&self.type_name(v))),
            Some(f) if self.is_python_function(f) => match self.call_nested(f, vec![v])? {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                other if self.index_value(other).is_some() => self.hash(other),
                _ => Err(RunError::new(
                    ExcKind::TypeError,
                    "__hash__ method should return an integer",
                )),
            },
            _ => Ok(identity_hash(id)),
        }
    }
}

/// How deep builtins recurse into nested containers (repr, ==, <, hash)
/// before raising `RecursionError`, so nesting never overflows the Rust stack.
pub(crate) const MAX_NATIVE_DEPTH: u32 = 1000;

/// `object.__hash__`: derived from the object's identity.
pub(crate) fn identity_hash(id: ObjId) -> i64 {
    i64::from(id.0) * 16 + 0x1000
}

/// `unsupported operand type(s) for +=` rather than `for +` when an in-place operator fails.
fn inplace_message(error: RunError, op: BinOp) -> RunError {
    let RunError::New(mut new) = error else {
        return error;
    };
    if new.kind == ExcKind::TypeError {
        if let crate::exc::NewArgs::Message(m) = &mut new.args {
            let symbol = binop_symbol(op);
            let old = format!("unsupported operand type(s) for {symbol}:");
            if m.starts_with(&old) && op != BinOp::Pow {
                *m = m.replacen(
                    &old,
                    &format!("unsupported operand type(s) for {symbol}=:"),
                    1,
                );
            } else if op == BinOp::Pow
                && m.starts_with("unsupported operand type(s) for ** or pow():")
            {
                *m = m.replacen("** or pow():", "**=:", 1);
            }
        }
    }
    RunError::New(new)
}
