//! `_fastapi_native.model_fields(spec, data)`: a request body validated
//! against a simple pydantic model in Rust, when every field is valid.
//!
//! `fastapi._native_model_spec` describes a model whose validation is plain
//! (no validators, no aliases, no default factories, a config that does not
//! change validation; fields of `str`, `int`, `float`, `bool`, `list[str]`,
//! `list[int]`, each maybe `Optional`, with `gt`/`ge`/`lt`/`le` and
//! `min_length`/`max_length`) as one tuple per field: `(name, kind,
//! optional, required, default, gt, ge, lt, le, min_length, max_length)`.
//! The answer is `(values, fields_set)` exactly as pydantic's
//! `_fields_from_dict` returns them, for inputs whose result is unambiguous
//! (exact types, an `int` written as plain digits); anything else, and every
//! invalid input, is `None`: pydantic's Python validator then runs and gives
//! its result or its errors.

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::RunResult;
use crate::value::object::Object;
use crate::value::Value;

/// Floats represent every integer up to this exactly (bounds compare so).
const EXACT_FLOAT_INT: i64 = 1 << 53;

/// `_fastapi_native.model_fields(spec, data)` (module doc).
#[expect(
    clippy::needless_pass_by_value,
    reason = "builtins take their Args by value"
)]
pub(crate) fn model_fields(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [spec, data] = args.exact("model_fields")?;
    let Some(data_id) = data.as_obj() else {
        return Ok(Value::None);
    };
    if !matches!(vm.heap.get(data_id), Object::Dict(_)) || vm.is_subclassed(data) {
        return Ok(Value::None);
    }
    let fields = match spec.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(fields)) => fields.clone(),
        _ => return Ok(Value::None),
    };
    let values = vm.new_dict();
    let mut given = Vec::new();
    for field in fields {
        let Some(Object::Tuple(parts)) = field.as_obj().map(|id| vm.heap.get(id)) else {
            return Ok(Value::None);
        };
        let [name, kind, optional, required, default, gt, ge, lt, le, min_len, max_len] =
            parts.as_slice()
        else {
            return Ok(Value::None);
        };
        let (name, default, required) = (*name, *default, *required == Value::Bool(true));
        let rule = Rule {
            kind: vm.str_value(*kind).unwrap_or_default(),
            optional: *optional == Value::Bool(true),
            bounds: [*gt, *ge, *lt, *le],
            lengths: [*min_len, *max_len],
        };
        match vm.dict_get(data_id, name)? {
            Some(v) => {
                let Some(valid) = rule.validate(vm, v) else {
                    return Ok(Value::None);
                };
                vm.dict_set(values, name, valid)?;
                given.push(name);
            }
            None if required => return Ok(Value::None),
            None => vm.dict_set(values, name, default)?,
        }
    }
    let fields_set = vm.new_set(&given, false)?;
    Ok(vm.new_tuple(vec![values, fields_set]))
}

/// How one field validates.
struct Rule {
    /// `str`, `int`, `float`, `bool`, `list_str` or `list_int`.
    kind: String,
    optional: bool,
    /// `gt`, `ge`, `lt`, `le` (each `None`, an int or a float).
    bounds: [Value; 4],
    /// `min_length`, `max_length` (each `None` or an int).
    lengths: [Value; 2],
}

impl Rule {
    /// The validated value of `v`, or `None` (invalid, or left to Python).
    fn validate(&self, vm: &mut Vm, v: Value) -> Option<Value> {
        if self.optional && v == Value::None {
            return Some(v);
        }
        let object = v
            .as_obj()
            .filter(|_| !vm.is_subclassed(v))
            .map(|id| vm.heap.get(id));
        match (self.kind.as_str(), v, object) {
            ("str", _, Some(Object::Str(s))) => {
                let n = s.as_str().chars().count();
                self.length_ok(n).then_some(v)
            }
            ("int", Value::Int(i), _) => self.bounds_ok(Num::Int(i)).then_some(v),
            ("int", _, Some(Object::Str(s))) => {
                let text = s.as_str();
                let digits = text.strip_prefix('-').unwrap_or(text);
                if digits.is_empty()
                    || digits.len() > 18
                    || !digits.bytes().all(|b| b.is_ascii_digit())
                {
                    return None;
                }
                let i = text.parse().ok()?;
                self.bounds_ok(Num::Int(i)).then_some(Value::Int(i))
            }
            ("float", Value::Float(f), _) => self.bounds_ok(Num::Float(f)).then_some(v),
            ("float", Value::Int(i), _) if i.abs() <= EXACT_FLOAT_INT => {
                #[expect(clippy::cast_precision_loss, reason = "exact below 2**53")]
                let f = i as f64;
                self.bounds_ok(Num::Float(f)).then_some(Value::Float(f))
            }
            ("bool", Value::Bool(_), _) => Some(v),
            ("list_str" | "list_int", _, Some(Object::List(items))) => {
                let items = items.clone();
                let ok = items.iter().all(|item| match self.kind.as_str() {
                    "list_int" => matches!(item, Value::Int(_)),
                    _ => {
                        matches!(
                            item.as_obj().map(|id| vm.heap.get(id)),
                            Some(Object::Str(_))
                        ) && !vm.is_subclassed(*item)
                    }
                });
                (ok && self.length_ok(items.len())).then(|| vm.new_list(items))
            }
            _ => None,
        }
    }

    /// `min_length <= n <= max_length`.
    fn length_ok(&self, n: usize) -> bool {
        let [min, max] = self.lengths;
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        let ok = |limit: Value, pass: fn(i64, i64) -> bool| match limit {
            Value::None => true,
            Value::Int(limit) => pass(n, limit),
            _ => false,
        };
        ok(min, |n, l| n >= l) && ok(max, |n, l| n <= l)
    }

    /// `gt`, `ge`, `lt`, `le` hold (compared exactly; else `false`).
    fn bounds_ok(&self, num: Num) -> bool {
        let [gt, ge, lt, le] = self.bounds;
        [
            (
                gt,
                std::cmp::Ordering::is_gt as fn(std::cmp::Ordering) -> bool,
            ),
            (ge, std::cmp::Ordering::is_ge),
            (lt, std::cmp::Ordering::is_lt),
            (le, std::cmp::Ordering::is_le),
        ]
        .iter()
        .all(|(bound, pass)| match *bound {
            Value::None => true,
            bound => num.compare(bound).is_some_and(pass),
        })
    }
}

/// A validated number.
#[derive(Clone, Copy)]
enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    /// How the number compares with `bound` (an int or a float), when that
    /// is exact in Rust as in Python.
    fn compare(self, bound: Value) -> Option<std::cmp::Ordering> {
        let float = |i: i64| {
            #[expect(clippy::cast_precision_loss, reason = "exact below 2**53")]
            let f = i as f64;
            (i.abs() <= EXACT_FLOAT_INT).then_some(f)
        };
        match (self, bound) {
            (Num::Int(a), Value::Int(b)) => Some(a.cmp(&b)),
            (Num::Int(a), Value::Float(b)) => float(a)?.partial_cmp(&b),
            (Num::Float(a), Value::Int(b)) => a.partial_cmp(&float(b)?),
            (Num::Float(a), Value::Float(b)) => a.partial_cmp(&b),
            _ => None,
        }
    }
}
