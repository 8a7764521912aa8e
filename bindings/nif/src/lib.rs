//! `pyex_nif`: the Erlang NIF behind the Elixir `Pyex` API (`elixir/`).
//!
//! Pipeline: Elixir terms → [`convert`] → `pyex::HostValue`; source or a stored
//! [`program::ProgramResource`] → a `pyex::Ctx` held in a [`ctx::CtxResource`]
//! → an outcome term (`{:ok, value, ctx}`, `{:host_call, ...}` for the Elixir
//! side to answer, or `{:error, {kind, message, traceback}}`).
//! Every NIF that compiles or runs Python, or whose cost grows with what the
//! program made (output, files, snapshots, profiles), is `schedule = "DirtyCpu"`;
//! only O(1) ones run on the normal schedulers, and a big context is freed off
//! them ([`reaper`]). The exceptions ([`quick`]) run Python on a normal
//! scheduler for a bounded slice and leave the rest to a dirty one. Every NIF goes through [`guard::guard`] (panics become
//! `SystemError`, never a crashed BEAM).
//!
//! Source code layout:
//! - `guard.rs`: the panic guard and error terms; `stack.rs`: the per-thread big stack.
//! - `convert.rs`: Elixir term ↔ `HostValue` (both directions, depth-limited).
//! - `options.rs`: the Elixir options map → `pyex::Options`.
//! - `program.rs`: `Program` handles: compile, to/from binary.
//! - `ctx.rs`: `Ctx` handles: start, run, resume, output, snapshot, restore, files.
//! - `lambda.rs`: `App` handles for `Pyex.Lambda`: boot, handle, stream chunks.
//! - `reaper.rs`: the thread that frees big contexts off the BEAM's schedulers.
//! - `quick.rs`: the time slice of the calls that run Python on a normal scheduler.
//! - `io.rs`: I/O pauses performed on dirty I/O schedulers, their replies as resources.

#![expect(
    clippy::needless_pass_by_value,
    reason = "rustler hands every NIF its arguments as owned, decoded values"
)]

mod atoms;
mod convert;
mod ctx;
mod guard;
mod io;
mod lambda;
mod options;
mod program;
mod quick;
mod reaper;
mod stack;

/// Creating a context copies the interpreter's template heap: mimalloc makes
/// that (and every run's allocations) about twice as fast as the system malloc.
#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

rustler::init!("Elixir.Pyex.Native", load = guard::on_load);
