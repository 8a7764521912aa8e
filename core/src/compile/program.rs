//! [`Program`]: a compiled module, immutable and cheap to share.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::code::Code;
use super::lower::lower_module;
use super::symbols::Scopes;
use crate::syntax::{parse_module_indexed, LineIndex, SyntaxError};

/// A compiled Python program: compile once, run in any number of `Ctx`s.
///
/// `Program` is an `Arc` inside: cloning is cheap, and it is `Send + Sync` and
/// serialisable (store it anywhere).
///
/// ```
/// let program = pyex::Program::compile("print('hi')", "main.py").unwrap();
/// assert_eq!(program.filename(), "main.py");
/// ```
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Program {
    data: Arc<ProgramData>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ProgramData {
    pub filename: Box<str>,
    pub source: Box<str>,
    pub codes: Vec<Code>,
    pub names: Vec<Box<str>>,
    /// The program as snapshot bytes, made on its first snapshot (`snapshot.rs`).
    #[serde(skip)]
    pub encoded: std::sync::OnceLock<Vec<u8>>,
    /// Line starts of `source`, made the first time a line number is asked
    /// for (a traceback, `__code__.co_firstlineno`, profiling): a web app
    /// reads `handler.__code__` on every request, and indexing the whole
    /// source each time cost more than the request.
    #[serde(skip)]
    pub line_index: std::sync::OnceLock<LineIndex>,
}

impl ProgramData {
    /// The line index of the program's source (built once).
    pub(crate) fn line_index(&self) -> &LineIndex {
        self.line_index.get_or_init(|| LineIndex::new(&self.source))
    }
}

impl Program {
    /// Parses and compiles `source`; `filename` appears in tracebacks.
    pub fn compile(source: &str, filename: &str) -> Result<Program, SyntaxError> {
        let index = LineIndex::new(source);
        let module = parse_module_indexed(source, &index)?;
        if crate::syntax::deadline::passed() {
            return Err(SyntaxError::syntax(
                "compile deadline passed",
                crate::syntax::ast::Span::default(),
                &LineIndex::new(""),
            ));
        }
        let scopes = Scopes::analyze(&module, &index)?;
        let lowered = lower_module(&module, &scopes, &index, source)?;
        Ok(Program {
            data: Arc::new(ProgramData {
                filename: filename.into(),
                source: source.into(),
                codes: lowered.codes,
                names: lowered.names,
                encoded: std::sync::OnceLock::new(),
                line_index: std::sync::OnceLock::new(),
            }),
        })
    }

    /// The file name given at compile time.
    pub fn filename(&self) -> &str {
        &self.data.filename
    }

    /// The source text.
    pub fn source(&self) -> &str {
        &self.data.source
    }

    pub(crate) fn data(&self) -> &ProgramData {
        &self.data
    }

    /// A program from its decoded data.
    pub(crate) fn from_data(data: ProgramData) -> Program {
        Program {
            data: Arc::new(data),
        }
    }

    /// The program's snapshot bytes, made by `encode` on first use.
    pub(crate) fn encoded(&self, encode: impl FnOnce(&ProgramData) -> Vec<u8>) -> &[u8] {
        self.data.encoded.get_or_init(|| encode(&self.data))
    }

    /// Whether two handles share the same compiled data.
    pub(crate) fn same(&self, other: &Program) -> bool {
        Arc::ptr_eq(&self.data, &other.data)
    }
}

const _: fn() = || {
    fn is_send_sync<T: Send + Sync>() {}
    is_send_sync::<Program>();
};
