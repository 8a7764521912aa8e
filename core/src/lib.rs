//! Pyex: a sandboxed Python 3 interpreter for programs written by LLMs, run as
//! a plain function call inside a host (Elixir NIF, Python extension, CLI).
//!
//! Pipeline: source → [`syntax`] (indentation pre-pass, fast hand-written
//! parser with the pest grammar as reference and error reporter, typed AST
//! with spans) → `compile` (scopes to slots, lowering to flat `Code`) →
//! `eval` (an explicit, serialisable frame stack over the `value` heap).
//!
//! Source code layout:
//! - `syntax/`: the pre-pass (`indent.rs`), the fast parser (`fast/`), the
//!   grammar (`grammar.pest`) and its AST builder and error reporter (`parse/`), literals, the AST (`ast.rs`), `SyntaxError`,
//!   `ast.dump` (`dump.rs`) and python3's display of a SyntaxError (`render.rs`).
//! - `compile/`: scopes (`scope.rs`: names → local slots, cells, globals),
//!   CPython's compile-time errors (`check/`), lowering to [`Program`]'s code objects.
//! - `eval/`: the VM (frames, calls, operators, exceptions, generators).
//! - `value/`: `Value`, the heap arena and collector, one file per type.
//! - `builtins/`: builtin functions and methods of builtin types.
//! - `exc/`: [`PyError`], the exception kinds, one constructor per message.
//! - `fs/`: the [`fs::FileSystem`] trait behind `open()`, `os`, `pathlib`, `shutil`,
//!   `glob` and imports: [`fs::MemoryFs`] and the confined [`fs::LocalFs`].
//! - `ctx.rs`: [`Ctx`], [`Options`], [`Outcome`]; `host.rs`: [`HostValue`] and host calls.
//! - `io/`: I/O requests that pause like host calls, the host's [`io::Grants`]
//!   and the URL allow-list (`url.rs`); the drivers behind cargo feature `io`.
//! - `limits.rs`: [`Limits`] and their checks; `snapshot.rs`: the checked snapshot format;
//!   `eval/profile.rs`: [`ProfileReport`] and the profiling hook.
#![warn(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![expect(
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    clippy::many_single_char_names,
    reason = "an interpreter converts between Python ints (i64), indexes (usize) and floats \
              everywhere; each site checks its range or wants Python's own lossy semantics"
)]
#![expect(
    clippy::single_match_else,
    reason = "a two-armed match over Option/Result reads better than if-let-else here"
)]

mod builtins;
extern crate alloc; // pest_derive without its `std` feature names `alloc::` paths

pub mod compile;
mod ctx;
mod eval;
pub mod exc;
pub mod fs;
mod host;
pub mod io;
pub mod lambda;
mod limits;
mod snapshot;
mod stdlib;
pub mod syntax;
pub mod value;

pub use compile::Program;
pub use ctx::{CompileError, Ctx, Options, Outcome};
pub use eval::profile::ProfileReport;
pub use eval::vm::set_prepared_imports;
pub use exc::{ExcKind, PyError};
pub use host::{HostCall, HostModule, HostValue, Reply};
pub use limits::{LimitKind, Limits};
pub use syntax::deadline::clear as recover_thread;
pub use syntax::{parse_module, SyntaxError, SyntaxErrorKind};
