//! What the native jinja2 renderer does with values itself: printing,
//! truth, item lookups, arithmetic, comparisons and `~` for the builtin
//! types whose behaviour no user code can change (exact `str`, `int`,
//! `float`, `bool`, `None`, `list`, `tuple`, `dict`, and `markupsafe.Markup`).
//! Each answers `None` for anything else: the renderer then calls the Python
//! operation (`operator.add`, `markupsafe.escape`, ...) instead.

use super::jinja_ir::{BinKind, CmpKind};
use super::markupsafe::push_html;
use crate::eval::vm::Vm;
use crate::exc::RunResult;
use crate::value::object::Object;
use crate::value::repr::float_repr;
use crate::value::{ObjId, Value};

/// The text of a `str` (or of an instance of a `str` subclass).
pub(crate) fn str_text(vm: &Vm, v: Value) -> Option<&str> {
    match vm.heap.get(v.as_obj()?) {
        Object::Str(s) => Some(s.as_str()),
        _ => None,
    }
}

/// The text of an exact `str`.
pub(crate) fn exact_str(vm: &Vm, v: Value) -> Option<&str> {
    let id = v.as_obj()?;
    if vm.heap.subclassed(id).is_some() {
        return None;
    }
    match vm.heap.get(id) {
        Object::Str(s) => Some(s.as_str()),
        _ => None,
    }
}

/// Whether `v` is exactly a `markupsafe.Markup`.
pub(crate) fn is_markup(vm: &Vm, v: Value) -> bool {
    let Some(sub) = v.as_obj().and_then(|id| vm.heap.subclassed(id)) else {
        return false;
    };
    vm.class(sub.class)
        .is_some_and(|c| &*c.name == "Markup" && &*c.module == "markupsafe")
}

/// The text of a `Markup`.
pub(crate) fn markup_text(vm: &Vm, v: Value) -> Option<&str> {
    if is_markup(vm, v) {
        str_text(vm, v)
    } else {
        None
    }
}

/// A new `Markup` (`class`) holding `text`.
pub(crate) fn new_markup(vm: &mut Vm, class: Value, text: String) -> Value {
    let v = vm.new_str(text);
    if let (Some(id), Some(cls)) = (v.as_obj(), class.as_obj()) {
        vm.heap.set_subclassed(id, cls);
    }
    v
}

/// Appends `str(v)` for a number, bool or None; false for other values.
fn push_scalar(v: Value, out: &mut String) -> bool {
    match v {
        Value::Int(i) => {
            let _ = std::fmt::Write::write_fmt(out, format_args!("{i}"));
        }
        Value::Bool(b) => out.push_str(if b { "True" } else { "False" }),
        Value::None => out.push_str("None"),
        Value::Float(f) => out.push_str(&float_repr(f)),
        Value::Obj(_) => return false,
    }
    true
}

/// Writes `{{ v }}`'s text: escaped (a `str`) or as it is (a `Markup`) when
/// autoescaping, `str(v)` otherwise; false (nothing written) when Python
/// must make the text.
pub(crate) fn write(vm: &Vm, v: Value, autoescape: bool, out: &mut String) -> bool {
    if push_scalar(v, out) {
        return true;
    }
    let Some(id) = v.as_obj() else {
        return false;
    };
    if vm.heap.subclassed(id).is_some() {
        return match markup_text(vm, v) {
            Some(text) => {
                out.push_str(text);
                true
            }
            None => false,
        };
    }
    match vm.heap.get(id) {
        Object::Str(s) if autoescape => push_html(out, s.as_str()),
        Object::Str(s) => out.push_str(s.as_str()),
        Object::BigInt(b) => {
            let _ = std::fmt::Write::write_fmt(out, format_args!("{b}"));
        }
        _ => return false,
    }
    true
}

/// `bool(v)` for the builtin values.
pub(crate) fn truth(vm: &Vm, v: Value) -> Option<bool> {
    match v {
        Value::None => Some(false),
        Value::Bool(b) => Some(b),
        Value::Int(i) => Some(i != 0),
        Value::Float(f) => Some(f != 0.0),
        Value::Obj(id) => {
            if vm.heap.subclassed(id).is_some() {
                return markup_text(vm, v).map(|t| !t.is_empty());
            }
            match vm.heap.get(id) {
                Object::Str(s) => Some(!s.as_str().is_empty()),
                Object::List(items) | Object::Tuple(items) => Some(!items.is_empty()),
                Object::Dict(d) => Some(d.len() > 0),
                Object::BigInt(_) => Some(true),
                _ => None,
            }
        }
    }
}

/// The value of `d[text]` for an exact-`str` key (`hash` its hash), by
/// comparing text: no `__eq__` can run.
pub(crate) fn dict_get_str(vm: &Vm, dict: ObjId, text: &str, hash: i64) -> Option<Value> {
    let Object::Dict(d) = vm.heap.get(dict) else {
        return None;
    };
    let ix = d.find(hash, |k| {
        matches!(k.as_obj().map(|id| vm.heap.get(id)), Some(Object::Str(s)) if s.as_str() == text)
    })?;
    d.entry(ix).map(|e| e.value)
}

/// Whether `id` is an exact `dict`.
pub(crate) fn is_exact_dict(vm: &Vm, id: ObjId) -> bool {
    matches!(vm.heap.get(id), Object::Dict(_)) && vm.heap.subclassed(id).is_none()
}

/// The items of an exact `list` or `tuple`.
pub(crate) fn seq_items(vm: &Vm, v: Value) -> Option<&[Value]> {
    let id = v.as_obj()?;
    if vm.heap.subclassed(id).is_some() {
        return None;
    }
    match vm.heap.get(id) {
        Object::List(items) | Object::Tuple(items) => Some(items),
        _ => None,
    }
}

/// `obj[arg]` for a list or tuple with an int index in range, or a dict
/// holding a str or int key; `None` otherwise (Python decides).
pub(crate) fn getitem(vm: &mut Vm, obj: Value, arg: Value) -> RunResult<Option<Value>> {
    if let (Some(items), Value::Int(i)) = (seq_items(vm, obj), arg) {
        let len = items.len() as i64;
        let i = if i < 0 { i + len } else { i };
        return Ok(usize::try_from(i).ok().and_then(|i| items.get(i)).copied());
    }
    let Some(id) = obj.as_obj().filter(|id| is_exact_dict(vm, *id)) else {
        return Ok(None);
    };
    if matches!(arg, Value::Int(_)) || exact_str(vm, arg).is_some() {
        return vm.dict_get(id, arg);
    }
    Ok(None)
}

/// A number as `f64` (ints and bools too).
fn as_float(v: Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(b))),
        Value::Float(f) => Some(f),
        _ => None,
    }
}

fn as_int(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(i64::from(b)),
        _ => None,
    }
}

/// `a op b` for ints, floats and exact strs (`+`), when no error or big int results.
pub(crate) fn binary(vm: &mut Vm, kind: BinKind, a: Value, b: Value) -> Option<Value> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int_binary(kind, x, y);
    }
    if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
        let v = match kind {
            BinKind::Add => x + y,
            BinKind::Sub => x - y,
            BinKind::Mul => x * y,
            BinKind::TrueDiv if y != 0.0 => x / y,
            _ => return None,
        };
        return Some(Value::Float(v));
    }
    if kind == BinKind::Add {
        let joined = format!("{}{}", exact_str(vm, a)?, exact_str(vm, b)?);
        return Some(vm.new_str(joined));
    }
    None
}

fn int_binary(kind: BinKind, x: i64, y: i64) -> Option<Value> {
    Some(match kind {
        BinKind::Add => Value::Int(x.checked_add(y)?),
        BinKind::Sub => Value::Int(x.checked_sub(y)?),
        BinKind::Mul => Value::Int(x.checked_mul(y)?),
        BinKind::TrueDiv
            if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) =>
        {
            Value::Float(x as f64 / y as f64)
        }
        BinKind::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            Value::Int(if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        BinKind::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Value::Int(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        BinKind::Pow if (0..64).contains(&y) => Value::Int(x.checked_pow(u32::try_from(y).ok()?)?),
        _ => return None,
    })
}

/// `-v` (`neg`) or `+v` for ints and floats.
pub(crate) fn unary(neg: bool, v: Value) -> Option<Value> {
    match v {
        Value::Int(i) if neg => i.checked_neg().map(Value::Int),
        Value::Float(f) if neg => Some(Value::Float(-f)),
        Value::Int(_) | Value::Float(_) => Some(v),
        Value::Bool(b) => Some(Value::Int(if neg { -i64::from(b) } else { i64::from(b) })),
        _ => None,
    }
}

/// Whether `v` is a value whose `==` no user code decides (and that is not a container).
fn plain(vm: &Vm, v: Value) -> bool {
    !matches!(v, Value::Obj(_)) || exact_str(vm, v).is_some()
}

/// `a == b` for plain values.
fn plain_eq(vm: &Vm, a: Value, b: Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
        if let (Some(i), Some(j)) = (as_int(a), as_int(b)) {
            return Some(i == j);
        }
        return Some(x == y);
    }
    if let (Some(x), Some(y)) = (exact_str(vm, a), exact_str(vm, b)) {
        return Some(x == y);
    }
    if plain(vm, a) && plain(vm, b) {
        // different kinds (None, a number, a str): never equal
        return Some(a == b && a == Value::None);
    }
    None
}

/// `a op b` for plain values.
pub(crate) fn compare(vm: &mut Vm, kind: CmpKind, a: Value, b: Value) -> RunResult<Option<bool>> {
    let ordering = match kind {
        CmpKind::Eq => return Ok(plain_eq(vm, a, b)),
        CmpKind::Ne => return Ok(plain_eq(vm, a, b).map(|e| !e)),
        CmpKind::In => return contains(vm, b, a),
        _ => {
            if let (Some(i), Some(j)) = (as_int(a), as_int(b)) {
                Some(i.cmp(&j))
            } else if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
                x.partial_cmp(&y)
            } else if let (Some(x), Some(y)) = (exact_str(vm, a), exact_str(vm, b)) {
                Some(x.cmp(y))
            } else {
                return Ok(None);
            }
        }
    };
    let Some(ordering) = ordering else {
        // a NaN: every ordering comparison is false
        return Ok(Some(false));
    };
    Ok(Some(match kind {
        CmpKind::Lt => ordering.is_lt(),
        CmpKind::Gt => ordering.is_gt(),
        CmpKind::Le => ordering.is_le(),
        _ => ordering.is_ge(),
    }))
}

/// `item in seq` for a str in a str, a plain value in a list or tuple of
/// plain values, a str or int key in a dict.
fn contains(vm: &mut Vm, seq: Value, item: Value) -> RunResult<Option<bool>> {
    if let (Some(hay), Some(needle)) = (exact_str(vm, seq), exact_str(vm, item)) {
        return Ok(Some(hay.contains(needle)));
    }
    if let Some(items) = seq_items(vm, seq) {
        let mut found = false;
        for x in items {
            match plain_eq(vm, *x, item) {
                Some(true) => {
                    found = true;
                    break;
                }
                Some(false) => {}
                None => return Ok(None),
            }
        }
        return Ok(Some(found));
    }
    let Some(id) = seq.as_obj().filter(|id| is_exact_dict(vm, *id)) else {
        return Ok(None);
    };
    if matches!(item, Value::Int(_)) || exact_str(vm, item).is_some() {
        return Ok(Some(vm.dict_get(id, item)?.is_some()));
    }
    Ok(None)
}

/// `a ~ b ~ ...`: `markup_join` when autoescaping (a `Markup` if any part is
/// one, the other parts escaped), `str_join` otherwise.
pub(crate) fn concat(
    vm: &mut Vm,
    items: &[Value],
    autoescape: bool,
    markup: Value,
) -> Option<Value> {
    let any_markup = autoescape && items.iter().any(|v| is_markup(vm, *v));
    let mut out = String::new();
    for v in items {
        if push_scalar(*v, &mut out) {
            continue;
        }
        if let Some(text) = exact_str(vm, *v) {
            if any_markup {
                push_html(&mut out, text);
            } else {
                out.push_str(text);
            }
        } else {
            out.push_str(markup_text(vm, *v)?);
        }
    }
    Some(if any_markup {
        new_markup(vm, markup, out)
    } else {
        vm.new_str(out)
    })
}
