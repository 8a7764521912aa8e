//! Argument checks for builtins, with CPython's wording.

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{call as msg, ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

impl Args {
    /// Exactly `N` positional arguments and no keywords; `name` as in messages (`len`).
    pub(crate) fn exact<const N: usize>(&self, name: &str) -> RunResult<[Value; N]> {
        if !self.keywords.is_empty() {
            return Err(msg::no_keywords(name));
        }
        <[Value; N]>::try_from(self.positional.as_slice()).map_err(|_| {
            let given = self.positional.len();
            match N {
                0 => RunError::new(
                    ExcKind::TypeError,
                    format!("{name}() takes no arguments ({given} given)"),
                ),
                1 => msg::builtin_exact_one(name, given),
                _ => msg::builtin_arity(name, "", N, given),
            }
        })
    }

    /// Between `min` and `max` positional arguments, no keywords.
    pub(crate) fn between(&self, name: &str, min: usize, max: usize) -> RunResult<&[Value]> {
        if !self.keywords.is_empty() {
            return Err(msg::no_keywords(name));
        }
        let given = self.positional.len();
        if given < min {
            return Err(msg::builtin_arity(name, "at least ", min, given));
        }
        if given > max {
            return Err(msg::builtin_arity(name, "at most ", max, given));
        }
        Ok(&self.positional)
    }

    /// Removes and returns keyword `name`, if given.
    pub(crate) fn take_keyword(&mut self, vm: &mut Vm, name: &str) -> Option<Value> {
        let sym = vm.interner.intern(name);
        let i = self.keywords.iter().position(|(k, _)| *k == sym)?;
        Some(self.keywords.remove(i).1)
    }

    /// Fails on any keyword left after the known ones were taken, as 3.11's
    /// Argument Clinic and `PyArg_ParseTupleAndKeywords` word it.
    pub(crate) fn no_more_keywords(&self, vm: &Vm, func: &str) -> RunResult<()> {
        match self.keywords.first() {
            Some((k, _)) => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "'{}' is an invalid keyword argument for {func}()",
                    vm.interner.name(*k)
                ),
            )),
            None => Ok(()),
        }
    }
}

impl Vm {
    /// `v` as an `i64` index argument, through a user `__index__`
    /// (`'float' object cannot be interpreted as an integer`).
    pub(crate) fn int_arg(&mut self, v: Value) -> RunResult<i64> {
        let v = self.user_index(v)?;
        self.index_value(v)
            .ok_or_else(|| crate::exc::ops::not_an_integer(&self.type_name(v)))
    }

    /// `v` as a `Py_ssize_t` argument: like [`Vm::int_arg`], but an int too
    /// big for 64 bits is an `OverflowError` instead of being clamped.
    pub(crate) fn ssize_arg(&mut self, v: Value) -> RunResult<i64> {
        let v = self.user_index(v)?;
        if let Some(Object::BigInt(b)) = v.as_obj().map(|id| self.heap.get(id)) {
            if num_traits::ToPrimitive::to_i64(b).is_none() {
                return Err(RunError::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ));
            }
        }
        self.int_arg(v)
    }

    /// The text of a str argument, or a `TypeError` naming `what`.
    pub(crate) fn str_arg(&self, v: Value, what: &str) -> RunResult<String> {
        self.str_value(v).ok_or_else(|| {
            RunError::new(
                ExcKind::TypeError,
                format!("{what} must be str, not {}", self.type_name(v)),
            )
        })
    }
}

impl Args {
    /// Binds positional-or-keyword parameters `names` of builtin `func`, the
    /// first `required` of them mandatory; absent optional ones are `None`.
    pub(crate) fn bind(
        &self,
        vm: &Vm,
        func: &str,
        names: &[&str],
        required: usize,
    ) -> RunResult<Vec<Option<Value>>> {
        let given = self.positional.len();
        if given > names.len() {
            let at_most = if required == names.len() {
                "exactly"
            } else {
                "at most"
            };
            let plural = if names.len() == 1 { "" } else { "s" };
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "{func}() takes {at_most} {} argument{plural} ({given} given)",
                    names.len()
                ),
            ));
        }
        let total = given + self.keywords.len();
        if total > names.len() {
            // Argument Clinic counts keywords in before matching them.
            let keyword = if given == 0 { "keyword " } else { "" };
            let plural = if names.len() == 1 { "" } else { "s" };
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "{func}() takes at most {} {keyword}argument{plural} ({total} given)",
                    names.len()
                ),
            ));
        }
        let mut bound: Vec<Option<Value>> = names.iter().map(|_| None).collect();
        for (slot, v) in bound.iter_mut().zip(&self.positional) {
            *slot = Some(*v);
        }
        for (k, v) in &self.keywords {
            let key = vm.interner.name(*k);
            match names.iter().position(|n| *n == key) {
                Some(i) if bound.get(i).is_some_and(Option::is_some) => {
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        format!(
                            "argument for {func}() given by name ('{key}') and position ({})",
                            i + 1
                        ),
                    ))
                }
                Some(i) => bound[i] = Some(*v),
                None => {
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        format!("'{key}' is an invalid keyword argument for {func}()"),
                    ))
                }
            }
        }
        if let Some(i) = bound.iter().take(required).position(Option::is_none) {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "{func}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                ),
            ));
        }
        Ok(bound)
    }
}

/// Builtin types whose `METH_NOARGS` / `METH_O` methods CPython names by their
/// qualified name in arity errors (`bytes.upper() takes no arguments (1 given)`).
const QUALIFIED_ARITY_TYPES: &[&str] = &[
    "str",
    "bytes",
    "bytearray",
    "int",
    "bool",
    "float",
    "complex",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
];

/// Qualifies an arity `TypeError` raised by method `name` of builtin type
/// `module`: the method bodies check arity with their bare name (one body
/// serves bytes and bytearray), and CPython reports `type.name()` for methods
/// that take no or exactly one argument. Only runs on the error path.
#[cold]
pub(crate) fn qualify_arity_error(module: &str, name: &str, err: RunError) -> RunError {
    if !QUALIFIED_ARITY_TYPES.contains(&module) {
        return err;
    }
    let RunError::New(mut new) = err else {
        return err;
    };
    if let (ExcKind::TypeError, crate::exc::NewArgs::Message(text)) = (&new.kind, &mut new.args) {
        let bare = text
            .split_once('.')
            .filter(|(head, _)| QUALIFIED_ARITY_TYPES.contains(head))
            .map_or(text.as_str(), |(_, rest)| rest);
        let arity = bare
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix("() takes "))
            .is_some_and(|rest| {
                rest.starts_with("no arguments (") || rest.starts_with("exactly one argument (")
            });
        if arity {
            *text = format!("{module}.{bare}");
        }
    }
    RunError::New(new)
}

impl Args {
    /// Between `min` and `max` positional arguments, no keywords, worded as
    /// CPython's `PyArg_ParseTuple` (`find() takes at least 1 argument (0 given)`),
    /// which str/bytes `find`, `count`, `index`, `startswith`... use.
    pub(crate) fn parse_tuple(&self, name: &str, min: usize, max: usize) -> RunResult<&[Value]> {
        if !self.keywords.is_empty() {
            return Err(msg::no_keywords(name));
        }
        let given = self.positional.len();
        let (bound, count) = if given < min {
            ("at least", min)
        } else if given > max {
            ("at most", max)
        } else {
            return Ok(&self.positional);
        };
        let plural = if count == 1 { "" } else { "s" };
        Err(RunError::new(
            ExcKind::TypeError,
            format!("{name}() takes {bound} {count} argument{plural} ({given} given)"),
        ))
    }
}
