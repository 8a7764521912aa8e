//! `Program` handles: compile once, run in many contexts; stored as binaries.
//!
//! `program_to_binary` keeps the file name and source (not the bytecode), and
//! `program_from_binary` compiles them again: a stored program then survives
//! upgrades of the interpreter, and foreign bytes can never reach the VM as
//! bytecode. Compiling is a small part of a cold run.

use pyex::Program;
use rustler::{Binary, Encoder, Env, ResourceArc, Term};

use crate::atoms;
use crate::convert::binary;
use crate::guard::{guard, py_error};

/// A compiled program (immutable and `Sync`: no lock needed to share it).
pub struct ProgramResource(pub(crate) Program);

#[rustler::resource_impl]
impl rustler::Resource for ProgramResource {}

/// The first bytes of a stored program.
const MAGIC: &[u8] = b"PYEXPRG1";

/// `source` compiled, or the `SyntaxError` as `(kind, message, traceback)`
/// (the message is CPython's `str(e)`: `invalid syntax (main.py, line 1)`).
/// Compiled for a run in `ctx`, the compile is under its time limit (a
/// source that takes too long to parse is the limit's `TimeoutError`).
pub(crate) fn compile(
    source: &[u8],
    filename: &str,
    ctx: Option<&mut pyex::Ctx>,
) -> Result<Program, (String, String, String)> {
    let Ok(source) = std::str::from_utf8(source) else {
        return Err((
            "SyntaxError".to_owned(),
            format!("source code is not valid UTF-8 ({filename})"),
            String::new(),
        ));
    };
    let compiled = match ctx {
        Some(ctx) => ctx.compile(source, filename),
        None => Program::compile(source, filename).map_err(pyex::CompileError::Syntax),
    };
    compiled.map_err(|e| match e {
        pyex::CompileError::Syntax(e) => (
            e.kind.to_string(),
            format!("{} ({filename}, line {})", e.msg, e.lineno),
            e.render(filename, source),
        ),
        pyex::CompileError::Limit(e) => (e.kind, e.message, e.traceback),
    })
}

/// `{:ok, program}` or `{:error, {"SyntaxError", message, traceback}}`.
fn compiled_term<'a>(env: Env<'a>, source: &[u8], filename: &str) -> Term<'a> {
    match compile(source, filename, None) {
        Ok(program) => (atoms::ok(), ResourceArc::new(ProgramResource(program))).encode(env),
        Err((kind, message, traceback)) => py_error(env, &kind, &message, &traceback),
    }
}

/// Compiles `source` (shown as `filename` in tracebacks).
#[rustler::nif(schedule = "DirtyCpu")]
fn program_compile<'a>(env: Env<'a>, source: Binary<'a>, filename: String) -> Term<'a> {
    guard(env, || compiled_term(env, source.as_slice(), &filename))
}

/// The program as a binary for `program_from_binary` (dirty: it copies the source).
#[rustler::nif(schedule = "DirtyCpu")]
fn program_to_binary(env: Env<'_>, program: ResourceArc<ProgramResource>) -> Term<'_> {
    guard(env, || {
        let (filename, source) = (program.0.filename(), program.0.source());
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&(filename.len() as u64).to_le_bytes());
        bytes.extend_from_slice(filename.as_bytes());
        bytes.extend_from_slice(source.as_bytes());
        binary(env, &bytes)
    })
}

/// A program from `program_to_binary`'s bytes (compiled again).
#[rustler::nif(schedule = "DirtyCpu")]
fn program_from_binary<'a>(env: Env<'a>, bytes: Binary<'a>) -> Term<'a> {
    guard(env, || {
        let corrupt =
            |why: &str| py_error(env, "ValueError", &format!("not a pyex program: {why}"), "");
        let Some(rest) = bytes.as_slice().strip_prefix(MAGIC) else {
            return corrupt("bad magic");
        };
        let Some((len, rest)) = rest.split_first_chunk::<8>() else {
            return corrupt("truncated");
        };
        let len = usize::try_from(u64::from_le_bytes(*len)).unwrap_or(usize::MAX);
        let Some((filename, source)) = rest.split_at_checked(len) else {
            return corrupt("truncated");
        };
        let Ok(filename) = std::str::from_utf8(filename) else {
            return corrupt("bad file name");
        };
        compiled_term(env, source, filename)
    })
}
