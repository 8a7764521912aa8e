//! `repr()`, `str()` and `format()` of values, CPython's text for each type.

use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::Signed;

use super::format_spec;
use super::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::repr::{float_repr, str_repr};
use crate::value::{ObjId, Value};

/// CPython's `sys.get_int_max_str_digits()` default.
const MAX_STR_DIGITS: usize = 4300;

/// A stand-in for object addresses in default reprs (`<A object at 0x...>`).
fn address(id: ObjId) -> String {
    format!("0x7f{:010x}", u64::from(id.0) * 16 + 0x1000)
}

impl Vm {
    /// `repr(v)`.
    pub(crate) fn repr(&mut self, v: Value) -> RunResult<String> {
        let mut seen = Vec::new();
        self.repr_inner(v, &mut seen)
    }

    fn repr_inner(&mut self, v: Value, seen: &mut Vec<ObjId>) -> RunResult<String> {
        let id = match v {
            Value::None => return Ok("None".to_owned()),
            Value::Bool(true) => return Ok("True".to_owned()),
            Value::Bool(false) => return Ok("False".to_owned()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(float_repr(f)),
            Value::Obj(id) => id,
        };
        if let Some(class) = self.heap.subclassed(id).map(|s| s.class) {
            if let Some(text) = self.user_repr_hook(v, class, "__repr__")? {
                return Ok(text);
            }
        }
        self.repr_builtin(v, id, seen)
    }

    /// `dict.__repr__(d)` and the like: the builtin type's repr of `v`, even
    /// when it is an instance of a user subclass overriding `__repr__`.
    pub(crate) fn builtin_type_repr(&mut self, v: Value) -> RunResult<String> {
        match v {
            Value::Obj(id) => self.repr_builtin(v, id, &mut Vec::new()),
            _ => self.repr(v),
        }
    }

    fn repr_builtin(&mut self, v: Value, id: ObjId, seen: &mut Vec<ObjId>) -> RunResult<String> {
        match self.heap.get(id) {
            Object::Float(f) => Ok(float_repr(*f)),
            Object::Str(s) => Ok(str_repr(s.as_str())),
            Object::Bytes(b) => Ok(crate::value::repr::bytes_repr(b)),
            Object::ByteArray(b) => Ok(crate::value::bytes::bytearray_repr(b)),
            Object::MemoryView(_) => Ok(format!("<memory at {}>", address(id))),
            Object::BigInt(b) => big_to_string(b),
            Object::Complex(re, im) => Ok(crate::value::repr::complex_repr(*re, *im)),
            Object::List(_) | Object::Tuple(_) | Object::Dict(_) => self.container_repr(id, seen),
            Object::Set(_) | Object::FrozenSet(_) => self.set_repr(v, id, seen),
            Object::DictView(dict, crate::value::iter::DictView::Proxy) => {
                let dict = Value::Obj(*dict);
                Ok(format!("mappingproxy({})", self.repr_inner(dict, seen)?))
            }
            Object::DictView(..) => {
                let name = self.type_name(v);
                let items = self.collect_values(v)?;
                let list = self.new_list(items);
                Ok(format!("{name}({})", self.repr_inner(list, seen)?))
            }
            _ => self.object_repr(v, id),
        }
    }

    fn container_repr(&mut self, id: ObjId, seen: &mut Vec<ObjId>) -> RunResult<String> {
        let (open, close) = match self.heap.get(id) {
            Object::List(_) => ("[", "]"),
            Object::Tuple(_) => ("(", ")"),
            _ => ("{", "}"),
        };
        if seen.contains(&id) {
            return Ok(format!("{open}...{close}"));
        }
        if seen.len() >= super::ops::MAX_NATIVE_DEPTH as usize {
            return Err(RunError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        seen.push(id);
        let mut out = String::from(open);
        match self.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => {
                let (items, is_tuple) =
                    (items.clone(), matches!(self.heap.get(id), Object::Tuple(_)));
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_inner(*item, seen)?);
                }
                if is_tuple && items.len() == 1 {
                    out.push(',');
                }
            }
            Object::Dict(d) => {
                let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_inner(k, seen)?);
                    out.push_str(": ");
                    out.push_str(&self.repr_inner(v, seen)?);
                }
            }
            _ => {}
        }
        seen.pop();
        out.push_str(close);
        Ok(out)
    }

    fn set_repr(&mut self, v: Value, id: ObjId, seen: &mut Vec<ObjId>) -> RunResult<String> {
        let frozen = matches!(self.heap.get(id), Object::FrozenSet(_));
        let items = self.set_items(v);
        let name = if frozen { "frozenset" } else { "set" };
        if items.is_empty() {
            return Ok(format!("{name}()"));
        }
        if seen.contains(&id) {
            return Ok(format!("{name}(...)"));
        }
        seen.push(id);
        let mut parts = Vec::with_capacity(items.len());
        for item in items {
            parts.push(self.repr_inner(item, seen)?);
        }
        seen.pop();
        let body = format!("{{{}}}", parts.join(", "));
        Ok(if frozen {
            format!("frozenset({body})")
        } else {
            body
        })
    }

    fn object_repr(&mut self, v: Value, id: ObjId) -> RunResult<String> {
        if id == self.not_implemented {
            return Ok("NotImplemented".to_owned());
        }
        if id == self.ellipsis {
            return Ok("Ellipsis".to_owned());
        }
        Ok(match self.heap.get(id) {
            Object::Function(f) if f.native => format!("<built-in function {}>", f.name),
            Object::Function(f) => format!("<function {} at {}>", f.qualname, address(id)),
            Object::Builtin(b) => crate::builtins::repr(*b),
            Object::HostFunction(h) => format!("<built-in function {}>", h.name),
            Object::BoundMethod(m) => {
                let (receiver, function) = (m.receiver, m.function);
                let name = self.callable_name(function);
                let receiver = self.repr(receiver)?;
                format!("<bound method {name} of {receiver}>")
            }
            Object::Class(c) => {
                if let Some(meta) = c.meta.filter(|m| self.is_user_class(*m)) {
                    if let Some(text) = self.user_repr_hook(v, meta, "__repr__")? {
                        return Ok(text);
                    }
                }
                let Some(c) = self.class(id) else {
                    return Ok(String::new());
                };
                if c.builtin && &*c.module == "builtins" {
                    format!("<class '{}'>", c.name)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Object::Module(_) => self.module_repr(id),
            Object::Re(_) => crate::stdlib::re::objects::repr(self, id)?,
            Object::File(f) => {
                let class = self.class(f.class).map_or("?".into(), |c| c.name.clone());
                crate::stdlib::io::file_repr(f, &class)
            }
            Object::BigRange(r) => {
                if r.step == num_bigint::BigInt::from(1) {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Object::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Object::Slice(s) => {
                let (a, b, c) = (s.start, s.stop, s.step);
                format!(
                    "slice({}, {}, {})",
                    self.repr(a)?,
                    self.repr(b)?,
                    self.repr(c)?
                )
            }
            Object::Generator(g) => {
                let kind = match g.kind {
                    crate::compile::code::GenKind::Generator => "generator",
                    crate::compile::code::GenKind::Coroutine => "coroutine",
                    crate::compile::code::GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{kind} object {} at {}>", g.qualname, address(id))
            }
            Object::AsyncOp(op) => format!("<{} object at {}>", op.type_name(), address(id)),
            Object::Cell(_) => format!("<cell at {}>", address(id)),
            Object::Traceback(_) => format!("<traceback object at {}>", address(id)),
            Object::Exception(e) => {
                let class = e.class;
                return self.exception_repr(v, class);
            }
            Object::Instance(inst) => {
                let class = inst.class;
                if let Some(text) = self.alias_repr(v)? {
                    return Ok(text);
                }
                return self.instance_repr(v, class, id);
            }
            Object::Iter(it) => format!(
                "<{} object at {}>",
                crate::builtins::iter_type_name(it),
                address(id)
            ),
            _ => format!("<object at {}>", address(id)),
        })
    }

    fn instance_repr(&mut self, v: Value, class: ObjId, id: ObjId) -> RunResult<String> {
        let sym = self.interner.intern("__repr__");
        if let Some(f) = self.lookup_type_attr(class, sym) {
            let r = self.call_nested(f, vec![v])?;
            return self.str_value(r).ok_or_else(|| {
                RunError::new(
                    ExcKind::TypeError,
                    format!("__repr__ returned non-string (type {})", self.type_name(r)),
                )
            });
        }
        let _ = id;
        Ok(self.default_repr(v))
    }

    /// `object.__repr__(v)`: `<module.Class object at 0x...>`.
    pub(crate) fn default_repr(&self, v: Value) -> String {
        let class = self.type_of(v);
        let (module, qualname) = self
            .class(class)
            .map(|c| (c.module.to_string(), c.qualname.to_string()))
            .unwrap_or_default();
        let module = if module == "builtins" {
            String::new()
        } else {
            format!("{module}.")
        };
        let id = v.as_obj().unwrap_or(ObjId::NULL);
        format!("<{module}{qualname} object at {}>", address(id))
    }

    /// Calls the user's `__repr__`/`__str__` of an instance of a user
    /// subclass of a builtin type, if its class defines one.
    fn user_repr_hook(&mut self, v: Value, class: ObjId, hook: &str) -> RunResult<Option<String>> {
        let sym = self.interner.intern(hook);
        let Some(f) = self.lookup_type_attr(class, sym) else {
            return Ok(None);
        };
        let r = self.call_nested(f, vec![v])?;
        self.str_value(r).map(Some).ok_or_else(|| {
            RunError::new(
                ExcKind::TypeError,
                format!("{hook} returned non-string (type {})", self.type_name(r)),
            )
        })
    }

    /// `str(v)`.
    pub(crate) fn str(&mut self, v: Value) -> RunResult<String> {
        if let Value::Obj(id) = v {
            if let Some(class) = self.heap.subclassed(id).map(|s| s.class) {
                if let Some(text) = self.user_repr_hook(v, class, "__str__")? {
                    return Ok(text);
                }
            }
            match self.heap.get(id) {
                Object::Str(s) => return Ok(s.as_str().to_owned()),
                Object::Exception(_) => return Ok(self.exception_str(id)),
                Object::DictView(dict, crate::value::iter::DictView::Proxy) => {
                    let dict = Value::Obj(*dict);
                    return self.str(dict);
                }
                Object::Instance(inst) => {
                    let class = inst.class;
                    let sym = self.interner.intern("__str__");
                    if let Some(f) = self.lookup_type_attr(class, sym) {
                        let r = self.call_nested(f, vec![v])?;
                        return self.str_value(r).ok_or_else(|| {
                            RunError::new(
                                ExcKind::TypeError,
                                format!("__str__ returned non-string (type {})", self.type_name(r)),
                            )
                        });
                    }
                }
                _ => {}
            }
        }
        self.repr(v)
    }

    /// `str(exc)`: empty, the single argument, or the args tuple.
    pub(crate) fn exception_str(&mut self, id: ObjId) -> String {
        let Object::Exception(e) = self.heap.get(id) else {
            return String::new();
        };
        let class = e.class;
        let sym = self.interner.intern("__str__");
        if let Some(f) = self
            .lookup_type_attr(class, sym)
            .filter(|f| self.is_python_function(*f))
        {
            if let Ok(r) = self.call_nested(f, vec![Value::Obj(id)]) {
                return self.str_value(r).unwrap_or_default();
            }
        }
        self.exception_base_str(id).unwrap_or_default()
    }

    /// `FormatValue`: conversion (1 str, 2 repr, 3 ascii) then `format(v, spec)`.
    pub(crate) fn format_value(
        &mut self,
        v: Value,
        conversion: u32,
        spec: Option<Value>,
    ) -> RunResult<Value> {
        let v = match conversion {
            1 => {
                let s = self.str(v)?;
                self.new_str(s)
            }
            2 | 3 => {
                let s = self.repr(v)?;
                let s = if conversion == 3 { ascii_escape(&s) } else { s };
                self.new_str(s)
            }
            _ => v,
        };
        let spec = match spec {
            Some(s) => self.str_value(s).unwrap_or_default(),
            None => String::new(),
        };
        if spec.is_empty() {
            if let Some(Object::Str(_)) = v.as_obj().map(|id| self.heap.get(id)) {
                return Ok(v);
            }
            let s = self.str(v)?;
            return Ok(self.new_str(s));
        }
        let text = self.format(v, &spec)?;
        Ok(self.new_str(text))
    }

    /// `format(v, spec)`.
    pub(crate) fn format(&mut self, v: Value, spec: &str) -> RunResult<String> {
        if let Some(r) = self.user_format(v, spec)? {
            return Ok(r);
        }
        if spec.is_empty() {
            return self.str(v);
        }
        let formattable = match v {
            Value::Obj(id) => matches!(
                self.heap.get(id),
                Object::Str(_) | Object::BigInt(_) | Object::Complex(..)
            ),
            Value::None => false,
            _ => true,
        };
        if !formattable {
            return Err(self.format_unsupported(v));
        }
        let parsed = format_spec::parse(spec, &self.type_name(v))?;
        // `format(1, '10000000000')`: the padding is refused before it is built.
        self.reserve(parsed.width.saturating_add(parsed.precision.unwrap_or(0)))?;
        match v {
            Value::Int(_) | Value::Bool(_) => {
                let n = match v {
                    Value::Int(i) => BigInt::from(i),
                    Value::Bool(b) => BigInt::from(i64::from(b)),
                    _ => BigInt::default(),
                };
                let name = if matches!(v, Value::Bool(_)) {
                    "bool"
                } else {
                    "int"
                };
                format_spec::format_int(n.is_negative(), n.magnitude(), &parsed, name)
            }
            Value::Float(f) => format_spec::format_float(f, &parsed),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(s) => format_spec::format_str(s.as_str(), &parsed),
                Object::BigInt(b) => {
                    format_spec::format_int(b.is_negative(), b.magnitude(), &parsed, "int")
                }
                Object::Complex(re, im) => format_spec::format_complex(*re, *im, &parsed),
                _ => Err(self.format_unsupported(v)),
            },
            Value::None => Err(self.format_unsupported(v)),
        }
    }

    /// A `__format__` defined in Python on `v`'s class, called with `spec`.
    fn user_format(&mut self, v: Value, spec: &str) -> RunResult<Option<String>> {
        let class = match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Instance(inst)) => inst.class,
            Some(Object::Exception(e)) => e.class,
            _ => return Ok(None),
        };
        let sym = self.interner.intern("__format__");
        let Some(f) = self
            .lookup_type_attr(class, sym)
            .filter(|f| self.is_python_function(*f))
        else {
            return Ok(None);
        };
        let spec_value = self.new_str(spec.to_owned());
        let r = self.call_nested(f, vec![v, spec_value])?;
        match self.str_value(r) {
            Some(s) => Ok(Some(s)),
            None => Err(RunError::new(
                ExcKind::TypeError,
                format!("__format__ must return a str, not {}", self.type_name(r)),
            )),
        }
    }

    fn format_unsupported(&self, v: Value) -> RunError {
        RunError::new(
            ExcKind::TypeError,
            format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(v)
            ),
        )
    }
}

/// `str(big_int)`, refusing more than 4300 digits like CPython 3.11.
pub(crate) fn big_to_string(b: &BigInt) -> RunResult<String> {
    // 4300 decimal digits need about 14284 bits; more than 14300 bits are
    // surely more than 4300 digits, refused before the (quadratic) conversion.
    if b.bits() >= 14_280 {
        let text = if b.bits() > 14_300 {
            String::new()
        } else {
            b.to_string()
        };
        let digits = text.trim_start_matches('-').len();
        if text.is_empty() || digits > MAX_STR_DIGITS {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!(
                    "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit"
                ),
            ));
        }
        return Ok(text);
    }
    Ok(b.to_string())
}

/// `ascii()`: escapes non-ASCII characters of a repr.
pub(crate) fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let code = u32::from(c);
        match code {
            0..=0x7f => out.push(c),
            0x80..=0xff => {
                let _ = write!(out, "\\x{code:02x}");
            }
            0x100..=0xffff => {
                let _ = write!(out, "\\u{code:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{code:08x}");
            }
        }
    }
    out
}
