//! [`ExcKind`]: the builtin exception classes and their hierarchy.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! exc_kinds {
    ($($kind:ident: $parent:ident,)*) => {
        /// A builtin exception class. `Display` gives CPython's name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ExcKind {
            /// The root of the hierarchy.
            BaseException,
            $(
                #[doc = concat!("`", stringify!($kind), "`.")]
                $kind,
            )*
        }

        impl ExcKind {
            /// Every builtin exception class, parents before children.
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $(ExcKind::$kind,)*];

            /// The base class (`BaseException` is its own).
            #[must_use]
            pub fn parent(self) -> ExcKind {
                match self {
                    ExcKind::BaseException => ExcKind::BaseException,
                    $(ExcKind::$kind => ExcKind::$parent,)*
                }
            }

            /// CPython's class name.
            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $(ExcKind::$kind => stringify!($kind),)*
                }
            }
        }
    };
}

exc_kinds! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    InterruptedError: OSError,
    ProcessLookupError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    UserWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
    BaseExceptionGroup: BaseException,
    ExceptionGroup: Exception,
}

impl ExcKind {
    /// Whether `self` is `ancestor` or derives from it.
    pub fn is_subclass_of(self, ancestor: ExcKind) -> bool {
        // The one builtin exception with two bases.
        if self == ExcKind::ExceptionGroup && ancestor == ExcKind::BaseExceptionGroup {
            return true;
        }
        let mut kind = self;
        loop {
            if kind == ancestor {
                return true;
            }
            if kind == ExcKind::BaseException {
                return false;
            }
            kind = kind.parent();
        }
    }
}

impl fmt::Display for ExcKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
