//! Errors during a run: the internal [`RunError`], the public [`PyError`], the
//! builtin exception classes ([`ExcKind`]) and one `#[cold]` constructor per
//! CPython message, grouped by family.
//!
//! Source code layout:
//! - `kind.rs`: [`ExcKind`] and the hierarchy.
//! - `ops.rs`: operators, conversions, arithmetic.
//! - `call.rs`: calling and argument binding.
//! - `lookup.rs`: names, attributes, indexes, keys.

pub(crate) mod call;
mod kind;
pub(crate) mod lookup;
pub(crate) mod ops;

use serde::{Deserialize, Serialize};

pub use kind::ExcKind;

use crate::value::{ObjId, Value};

/// The internal error of every evaluator operation.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum RunError {
    /// A builtin exception not yet allocated on the heap (cheap to raise from a builtin).
    New(Box<NewException>),
    /// An exception object being raised.
    Raised(ObjId),
    /// A resource limit was hit; Python code cannot catch it.
    Limit(Box<PyError>),
    /// A broken invariant in the interpreter itself: surfaces as `SystemError`.
    Internal(Box<str>),
}

/// A builtin exception to be created when it is raised.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct NewException {
    /// Its class.
    pub kind: ExcKind,
    /// Its `args`: one message, one value (`KeyError`'s key), or none.
    pub args: NewArgs,
}

/// The `args` of a [`NewException`].
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum NewArgs {
    /// `args == ()`.
    Empty,
    /// `args == (message,)`.
    Message(String),
    /// `args == (value,)`.
    Value(Value),
    /// `args == (message,)` plus the `name` (and `obj`) attributes that
    /// `NameError`/`AttributeError` carry for "Did you mean" suggestions.
    Named {
        /// The message.
        message: String,
        /// The missing name.
        name: Box<str>,
        /// The object whose attribute was missing.
        obj: Option<Value>,
    },
    /// `OSError(errno, strerror, filename[, None, filename2])`: `args ==
    /// (errno, strerror)` plus those attributes, as a failed filesystem call makes.
    Os {
        /// The errno.
        errno: u32,
        /// The text of the errno.
        strerror: Box<str>,
        /// The path as the program gave it.
        filename: String,
        /// The second path (`rename`).
        filename2: Option<String>,
    },
    /// A codec's `UnicodeEncodeError`/`UnicodeDecodeError`: `args ==
    /// (message,)` until `codecs::with_object` gives it the object, and
    /// with it CPython's `(encoding, object, start, end, reason)`.
    Unicode {
        /// The message (`'ascii' codec can't encode ...`).
        message: String,
        /// The codec's name.
        encoding: Box<str>,
        /// The first bad character or byte.
        start: usize,
        /// One past the last.
        end: usize,
        /// Why (`ordinal not in range(128)`).
        reason: Box<str>,
    },
}

impl NewArgs {
    /// The heap value these arguments hold (for the collector's roots).
    pub(crate) fn held_value(&self) -> Option<Value> {
        match self {
            NewArgs::Value(v) => Some(*v),
            NewArgs::Named { obj, .. } => *obj,
            NewArgs::Empty | NewArgs::Message(_) | NewArgs::Os { .. } | NewArgs::Unicode { .. } => {
                None
            }
        }
    }
}

/// The result type of evaluator operations.
pub(crate) type RunResult<T> = Result<T, RunError>;

impl RunError {
    /// A builtin exception with a message.
    #[cold]
    pub(crate) fn new(kind: ExcKind, message: impl Into<String>) -> Self {
        RunError::New(Box::new(NewException {
            kind,
            args: NewArgs::Message(message.into()),
        }))
    }

    /// A broken invariant.
    #[cold]
    pub(crate) fn internal(what: impl Into<String>) -> Self {
        RunError::Internal(what.into().into_boxed_str())
    }

    /// Whether this error is a (pending) exception of class `kind` or a subclass.
    pub(crate) fn is_new_kind(&self, kind: ExcKind) -> bool {
        matches!(self, RunError::New(e) if e.kind.is_subclass_of(kind))
    }
}

/// An error that ended a run, as plain data for the host.
///
/// `kind` is the exception's class name (`"ZeroDivisionError"`), `message` its
/// `str()`, and `traceback` the full text python3 prints on stderr.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PyError {
    /// The exception class name, e.g. `"ValueError"`, or `"SyntaxError"`.
    pub kind: String,
    /// `str(exception)`.
    pub message: String,
    /// What python3 prints for the uncaught exception (ends with a newline).
    pub traceback: String,
}

impl std::fmt::Display for PyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            f.write_str(&self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl std::error::Error for PyError {}

impl PyError {
    /// The exit status python3 gives for this uncaught error: 1 for an
    /// exception (whose traceback is printed), the code of a `SystemExit`
    /// (`sys.exit(2)` → 2, `sys.exit()` → 0, `sys.exit("msg")` → 1).
    pub fn exit_code(&self) -> i32 {
        if !self.traceback.is_empty() {
            return 1;
        }
        match self.message.parse::<i64>() {
            Ok(code) => (code & 0xff) as i32,
            Err(_) => i32::from(self.message == "True"),
        }
    }
}
