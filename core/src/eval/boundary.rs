//! Conversions between heap values and plain [`HostValue`]s.

use super::vm::Vm;
use crate::host::HostValue;
use crate::value::object::Object;
use crate::value::Value;

/// Containers nested deeper than this cross as an `Opaque` marker (the
/// conversion recurses on the host thread's stack).
const MAX_HOST_DEPTH: u32 = 1000;

impl Vm {
    /// A heap value as plain data (objects without a plain form become their repr).
    pub(crate) fn host_value(&mut self, v: Value) -> HostValue {
        self.host_value_at(v, 0)
    }

    fn host_value_at(&mut self, v: Value, depth: u32) -> HostValue {
        if depth > MAX_HOST_DEPTH {
            return HostValue::Opaque(format!(
                "a value nested deeper than {MAX_HOST_DEPTH} levels"
            ));
        }
        let depth = depth + 1;
        match v {
            Value::None => HostValue::None,
            Value::Bool(b) => HostValue::Bool(b),
            Value::Int(i) => HostValue::Int(i),
            Value::Float(f) => HostValue::Float(f),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => HostValue::Str(s.as_str().to_owned()),
                Object::BigInt(b) => HostValue::BigInt(b.clone()),
                Object::List(items) => {
                    let items = items.clone();
                    HostValue::List(
                        items
                            .into_iter()
                            .map(|v| self.host_value_at(v, depth))
                            .collect(),
                    )
                }
                Object::Tuple(items) => {
                    let items = items.clone();
                    HostValue::Tuple(
                        items
                            .into_iter()
                            .map(|v| self.host_value_at(v, depth))
                            .collect(),
                    )
                }
                Object::Bytes(b) | Object::ByteArray(b) => HostValue::Bytes(b.clone()),
                Object::Set(s) | Object::FrozenSet(s) => {
                    let frozen = matches!(self.heap.get(id), Object::FrozenSet(_));
                    let items: Vec<Value> = s.entries().into_iter().map(|(_, v)| v).collect();
                    let items = items
                        .into_iter()
                        .map(|v| self.host_value_at(v, depth))
                        .collect();
                    if frozen {
                        HostValue::FrozenSet(items)
                    } else {
                        HostValue::Set(items)
                    }
                }
                Object::Dict(d) => {
                    let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                    HostValue::Dict(
                        entries
                            .into_iter()
                            .map(|(k, v)| {
                                (self.host_value_at(k, depth), self.host_value_at(v, depth))
                            })
                            .collect(),
                    )
                }
                _ => HostValue::Opaque(self.repr(v).unwrap_or_default()),
            },
        }
    }

    /// Plain data as a heap value.
    pub(crate) fn value_from_host(&mut self, v: &HostValue) -> Value {
        match v {
            HostValue::None => Value::None,
            HostValue::Bool(b) => Value::Bool(*b),
            HostValue::Int(i) => Value::Int(*i),
            HostValue::BigInt(b) => self.int_value(b.clone()),
            HostValue::Float(f) => Value::Float(*f),
            HostValue::Str(s) | HostValue::Opaque(s) => self.new_str(s.clone()),
            HostValue::List(items) => {
                let items = items.iter().map(|v| self.value_from_host(v)).collect();
                self.new_list(items)
            }
            HostValue::Tuple(items) => {
                let items = items.iter().map(|v| self.value_from_host(v)).collect();
                self.new_tuple(items)
            }
            HostValue::Dict(entries) => {
                let d = self.new_dict();
                for (k, v) in entries {
                    let (k, v) = (self.value_from_host(k), self.value_from_host(v));
                    // Host keys are plain data, hence hashable; a failure leaves the entry out.
                    let _ = self.dict_set(d, k, v);
                }
                d
            }
            HostValue::Bytes(b) => self.new_bytes(b.clone()),
            HostValue::Set(items) | HostValue::FrozenSet(items) => {
                let items: Vec<Value> = items.iter().map(|v| self.value_from_host(v)).collect();
                let frozen = matches!(v, HostValue::FrozenSet(_));
                // Host values are plain data, hence hashable; an unhashable one (a list
                // inside) leaves an empty set rather than failing the host's reply.
                self.new_set(&items, frozen)
                    .unwrap_or_else(|_| self.new_set(&[], frozen).unwrap_or(Value::None))
            }
        }
    }
}
