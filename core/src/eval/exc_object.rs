//! Exception objects as Python sees them: `BaseException.__str__`/`__repr__`
//! (one argument shown bare, several as a tuple, `KeyError` quoting its key),
//! and `OSError`'s `(errno, strerror, filename)` form, including CPython's
//! mapping of `OSError(errno, ...)` to the subclass for that errno.

use super::vm::Vm;
use crate::exc::{ExcKind, RunResult};
use crate::value::exception::Exception;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// `errno` → the `OSError` subclass CPython picks (Linux numbers).
const ERRNO_CLASSES: &[(i64, ExcKind)] = &[
    (1, ExcKind::PermissionError),
    (2, ExcKind::FileNotFoundError),
    (3, ExcKind::ProcessLookupError),
    (4, ExcKind::InterruptedError),
    (10, ExcKind::ChildProcessError),
    (11, ExcKind::BlockingIOError),
    (13, ExcKind::PermissionError),
    (17, ExcKind::FileExistsError),
    (20, ExcKind::NotADirectoryError),
    (21, ExcKind::IsADirectoryError),
    (32, ExcKind::BrokenPipeError),
    (103, ExcKind::ConnectionAbortedError),
    (104, ExcKind::ConnectionResetError),
    (108, ExcKind::BrokenPipeError),
    (110, ExcKind::TimeoutError),
    (111, ExcKind::ConnectionRefusedError),
    (114, ExcKind::BlockingIOError),
    (115, ExcKind::BlockingIOError),
];

impl Vm {
    /// A new exception of class `class` made by calling the class with `args`.
    pub(crate) fn new_exception(
        &mut self,
        class: ObjId,
        kind: ExcKind,
        args: &[Value],
    ) -> RunResult<Value> {
        if kind.is_subclass_of(ExcKind::BaseExceptionGroup) {
            return self.new_exception_group(class, args);
        }
        let is_os_error = kind.is_subclass_of(ExcKind::OSError);
        let (class, kind) = match (is_os_error, args) {
            (true, [Value::Int(errno), _, ..])
                if class == self.types.exception(ExcKind::OSError) =>
            {
                match ERRNO_CLASSES.iter().find(|(n, _)| n == errno) {
                    Some((_, sub)) => (self.types.exception(*sub), *sub),
                    None => (class, kind),
                }
            }
            _ => (class, kind),
        };
        let mut exc = Exception::new(class, kind, args.to_vec());
        if is_os_error && (2..=5).contains(&args.len()) {
            let names = ["errno", "strerror", "filename", "winerror", "filename2"];
            for (name, value) in names.iter().zip(args).filter(|(n, _)| **n != "winerror") {
                exc.attrs.set(self.interner.intern(name), *value);
            }
            if args.len() > 2 {
                exc.args.truncate(2);
            }
        }
        Ok(Value::Obj(
            self.heap.alloc(Object::Exception(Box::new(exc))),
        ))
    }

    /// `BaseException.__str__(e)`: what `str()` shows without a user `__str__`.
    pub(crate) fn exception_base_str(&mut self, id: ObjId) -> RunResult<String> {
        let Object::Exception(e) = self.heap.get(id) else {
            return Ok(String::new());
        };
        let (kind, args) = (e.kind, e.args.clone());
        if let Some(text) = self.group_str(id) {
            return Ok(text);
        }
        if kind.is_subclass_of(ExcKind::OSError) {
            if let Some(text) = self.os_error_str(id)? {
                return Ok(text);
            }
        }
        if let Some(text) = self.unicode_error_str(kind, &args) {
            return Ok(text);
        }
        if let Some(text) = self.syntax_error_str(kind, &args) {
            return Ok(text);
        }
        match args.as_slice() {
            [] => Ok(String::new()),
            [one] if kind == ExcKind::KeyError => self.repr(*one),
            [one] => self.str(*one),
            many => {
                let t = self.new_tuple(many.to_vec());
                self.repr(t)
            }
        }
    }

    /// `SyntaxError(msg, (filename, lineno, ...))`: `msg (filename, line N)`,
    /// the filename reduced to its last path component as CPython does.
    fn syntax_error_str(&mut self, kind: ExcKind, args: &[Value]) -> Option<String> {
        if !kind.is_subclass_of(ExcKind::SyntaxError) {
            return None;
        }
        let [msg, details] = args else { return None };
        let details = match self.heap.get(details.as_obj()?) {
            Object::Tuple(items) if items.len() >= 2 => items.clone(),
            _ => return None,
        };
        let msg = self.str(*msg).ok()?;
        let filename = self.str_value(details[0]);
        let lineno = self.index_value(details[1]);
        Some(match (filename, lineno) {
            (Some(f), Some(n)) => {
                let base = f.rsplit('/').next().unwrap_or(&f).to_owned();
                format!("{msg} ({base}, line {n})")
            }
            (Some(f), None) => format!("{msg} ({})", f.rsplit('/').next().unwrap_or(&f)),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        })
    }

    /// `UnicodeDecodeError(encoding, object, start, end, reason)` and the
    /// encode form, shown as CPython words them (one bad byte or character).
    fn unicode_error_str(&self, kind: ExcKind, args: &[Value]) -> Option<String> {
        let [encoding, object, start, end, reason] = args else {
            return None;
        };
        let (encoding, reason) = (self.str_value(*encoding)?, self.str_value(*reason)?);
        let (start, end) = (self.index_value(*start)?, self.index_value(*end)?);
        let at = usize::try_from(start).ok()?;
        match kind {
            ExcKind::UnicodeDecodeError => {
                let bytes = self.buffer(*object)?;
                if end == start + 1 {
                    let byte = bytes.get(at)?;
                    Some(format!(
                        "'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                    ))
                } else {
                    Some(format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                        end - 1
                    ))
                }
            }
            ExcKind::UnicodeEncodeError => {
                let text = self.str_value(*object)?;
                if end == start + 1 {
                    let c = text.chars().nth(at)?;
                    let code = u32::from(c);
                    let shown = if code <= 0xff {
                        format!("\\x{code:02x}")
                    } else if code <= 0xffff {
                        format!("\\u{code:04x}")
                    } else {
                        format!("\\U{code:08x}")
                    };
                    Some(format!(
                        "'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}"
                    ))
                } else {
                    Some(format!(
                        "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
                        end - 1
                    ))
                }
            }
            _ => None,
        }
    }

    /// `[Errno 2] No such file: 'x'` when the `OSError` has an errno and strerror.
    fn os_error_str(&mut self, id: ObjId) -> RunResult<Option<String>> {
        let get = |vm: &mut Vm, name: &str| {
            let sym = vm.interner.intern(name);
            match vm.heap.get(id) {
                Object::Exception(e) => e.attrs.get(sym),
                _ => None,
            }
        };
        let (Some(errno), Some(strerror)) = (get(self, "errno"), get(self, "strerror")) else {
            return Ok(None);
        };
        let mut text = format!("[Errno {}] {}", self.str(errno)?, self.str(strerror)?);
        if let Some(filename) = get(self, "filename").filter(|f| *f != Value::None) {
            text.push_str(": ");
            text.push_str(&self.repr(filename)?);
            if let Some(second) = get(self, "filename2").filter(|f| *f != Value::None) {
                text.push_str(" -> ");
                text.push_str(&self.repr(second)?);
            }
        }
        Ok(Some(text))
    }

    /// The keyword-only attributes of `NameError(name=)`,
    /// `AttributeError(name=, obj=)` and `ImportError(name=, path=)`.
    pub(crate) fn exception_keyword_attrs(
        &mut self,
        exc: Value,
        kind: ExcKind,
        keywords: &[(crate::value::symbol::Symbol, Value)],
    ) {
        let allowed: &[&str] = if kind.is_subclass_of(ExcKind::ImportError) {
            &["name", "path"]
        } else if kind.is_subclass_of(ExcKind::AttributeError) {
            &["name", "obj"]
        } else if kind.is_subclass_of(ExcKind::NameError) {
            &["name"]
        } else {
            &[]
        };
        for (k, v) in keywords {
            if allowed.contains(&self.interner.name(*k)) {
                if let Some(Object::Exception(e)) =
                    exc.as_obj().and_then(|id| self.heap.get_mut(id))
                {
                    e.attrs.set(*k, *v);
                }
            }
        }
    }

    /// `repr(e)`: a user `__repr__`, else `Name(arg, ...)`.
    pub(crate) fn exception_repr(&mut self, v: Value, class: ObjId) -> RunResult<String> {
        let sym = self.interner.intern("__repr__");
        if let Some(f) = self
            .lookup_type_attr(class, sym)
            .filter(|f| self.is_python_function(*f))
        {
            let r = self.call_hook(f, vec![v])?;
            return Ok(self.str_value(r).unwrap_or_default());
        }
        self.exception_base_repr(v)
    }

    /// `BaseException.__repr__(e)`.
    pub(crate) fn exception_base_repr(&mut self, v: Value) -> RunResult<String> {
        let args = match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Exception(e)) => e.args.clone(),
            _ => Vec::new(),
        };
        // `_PyType_Name`: the part of `tp_name` after its last dot.
        let full = self.type_name(v);
        let name = full.rsplit('.').next().unwrap_or(&full);
        let parts: RunResult<Vec<String>> = args.iter().map(|a| self.repr(*a)).collect();
        Ok(format!("{name}({})", parts?.join(", ")))
    }
}
