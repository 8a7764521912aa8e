//! `Ctx` handles: a run, its pauses at host calls and its resumption, the
//! captured output, snapshots and the in-memory files.
//!
//! A handle is used by one call at a time: a second concurrent call gets
//! `{:error, :busy}` rather than blocking a dirty scheduler. A run that
//! panicked leaves its handle poisoned (every later call is a `SystemError`).

use std::sync::{Mutex, MutexGuard, TryLockError};

use pyex::{Ctx, HostCall, Outcome, PyError, Reply};
use rustler::{Binary, Encoder, Env, ResourceArc, Term};

use crate::atoms;
use crate::convert::{binary, decode, encode};
use crate::guard::{busy, from_py_error, guard, py_error};
use crate::options::decode_options;
use crate::program::{compile, ProgramResource};
use crate::quick::{self, SLICE};

/// An interpreter context behind a lock, and its I/O drivers' state (used
/// by `ctx_perform_io` while the run is paused, so under its own lock).
pub struct CtxResource(Mutex<Ctx>, Mutex<pyex::io::IoSession>);

impl CtxResource {
    /// A handle for `ctx` with a fresh I/O session.
    fn new(ctx: Ctx) -> Self {
        CtxResource(Mutex::new(ctx), Mutex::default())
    }
}

#[rustler::resource_impl]
impl rustler::Resource for CtxResource {}

impl CtxResource {
    /// A handle for a context paused while it boots a Lambda app, with the
    /// I/O session its boot uses (`lambda_boot`; answered with `ctx_perform_io`).
    pub(crate) fn booting(ctx: Ctx, io: pyex::io::IoSession) -> ResourceArc<Self> {
        ResourceArc::new(CtxResource(Mutex::new(ctx), Mutex::new(io)))
    }

    /// Takes the context and its I/O session out of the handle (leaving an
    /// empty context behind): `lambda_boot_resume` moves them into the app.
    pub(crate) fn take(&self) -> Option<(Ctx, pyex::io::IoSession)> {
        let mut ctx = self.0.try_lock().ok()?;
        let mut io = self.1.try_lock().ok()?;
        let ctx = std::mem::replace(&mut *ctx, Ctx::new(pyex::Options::default()));
        Some((ctx, std::mem::take(&mut *io)))
    }
}

impl Drop for CtxResource {
    /// Runs where the last reference dies, often on a normal scheduler: a big
    /// heap is freed by the reaper thread instead (`reaper.rs`).
    fn drop(&mut self) {
        if let Ok(ctx) = self.0.get_mut() {
            crate::reaper::dispose(ctx);
        }
    }
}

/// The locked context, or the error term for a busy or poisoned handle.
fn lock<'a, 'r>(env: Env<'a>, ctx: &'r CtxResource) -> Result<MutexGuard<'r, Ctx>, Term<'a>> {
    ctx.0.try_lock().map_err(|e| match e {
        TryLockError::WouldBlock => busy(env),
        TryLockError::Poisoned(_) => py_error(
            env,
            "SystemError",
            "internal error: this context is unusable after an earlier internal error",
            "",
        ),
    })
}

/// Runs `code` (a source binary or a program handle) in `ctx`.
fn run_code<'a>(
    env: Env<'a>,
    handle: &ResourceArc<CtxResource>,
    code: Term<'a>,
    filename: &str,
    slice: Option<std::time::Duration>,
) -> Term<'a> {
    let program = code.decode::<ResourceArc<ProgramResource>>().ok();
    let source = match program {
        Some(_) => None,
        None => match code.decode::<Binary>() {
            Ok(source) => Some(source),
            Err(_) => {
                return py_error(
                    env,
                    "TypeError",
                    "expected Python source or a compiled program",
                    "",
                )
            }
        },
    };
    let mut ctx = match lock(env, handle) {
        Ok(ctx) => ctx,
        Err(term) => return term,
    };
    // Each run gets the whole time limit (a resumed run keeps counting); a
    // source's compile is part of it.
    ctx.reset_compute_time();
    let program = match (program, source) {
        (Some(program), _) => program.0.clone(),
        (None, source) => {
            let source = source.map_or(&[][..], |s| s.as_slice());
            match compile(source, filename, Some(&mut ctx)) {
                Ok(program) => program,
                Err((kind, message, traceback)) => {
                    return py_error(env, &kind, &message, &traceback)
                }
            }
        }
    };
    ctx.set_time_slice(slice);
    let outcome = ctx.run(&program);
    // Continued (`ctx_resume*`) on a dirty scheduler, to its end.
    ctx.set_time_slice(None);
    outcome_term(env, handle, &mut ctx, outcome)
}

/// The term for how a run (so far) ended. A host call whose arguments have no
/// Elixir form is answered here with a `TypeError` the program can catch.
fn outcome_term<'a>(
    env: Env<'a>,
    handle: &ResourceArc<CtxResource>,
    ctx: &mut Ctx,
    mut outcome: Result<Outcome, PyError>,
) -> Term<'a> {
    loop {
        match outcome {
            Ok(Outcome::Done(value)) => {
                return match encode(env, &value) {
                    Ok(term) => (atoms::ok(), term, handle.clone()).encode(env),
                    Err(message) => py_error(env, "TypeError", &message, ""),
                }
            }
            Ok(Outcome::HostCalls(calls)) => {
                return crate::io::calls_term(env, handle.clone().encode(env), &calls)
            }
            Ok(Outcome::HostCall(call)) if call.is_io() => {
                return crate::io::calls_term(env, handle.clone().encode(env), &[call])
            }
            Ok(Outcome::HostCall(call)) => match host_call_term(env, handle, &call) {
                Ok(term) => return term,
                Err(message) => {
                    outcome = ctx.resume(Reply::Error {
                        kind: "TypeError".to_owned(),
                        message,
                    });
                }
            },
            Err(error) => return from_py_error(env, &error),
        }
    }
}

/// `{:host_call, ctx, module, function, args, kwargs}` for the Elixir side to answer.
fn host_call_term<'a>(
    env: Env<'a>,
    handle: &ResourceArc<CtxResource>,
    call: &HostCall,
) -> Result<Term<'a>, String> {
    let (args, kwargs) = crate::io::call_arguments(env, call)?;
    Ok(rustler::types::tuple::make_tuple(
        env,
        &[
            atoms::host_call().encode(env),
            handle.clone().encode(env),
            call.module.as_str().encode(env),
            call.function.as_str().encode(env),
            args.encode(env),
            kwargs,
        ],
    ))
}

/// A new context from the options map, running `code` at once (one NIF call
/// for the common `Pyex.run(source, opts)`).
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_start<'a>(env: Env<'a>, options: Term<'a>, code: Term<'a>, filename: String) -> Term<'a> {
    guard(env, || start(env, options, code, &filename, None))
}

/// `ctx_start` on the calling process's normal scheduler, for a compiled
/// program or a small source (the Elixir side decides): the run is cut
/// after [`SLICE`] as `{:host_calls, ctx, []}` (continued by `ctx_resume_many`).
#[rustler::nif]
fn ctx_start_quick<'a>(
    env: Env<'a>,
    options: Term<'a>,
    code: Term<'a>,
    filename: String,
) -> Term<'a> {
    quick::timed(env, || {
        guard(env, || start(env, options, code, &filename, Some(SLICE)))
    })
}

/// A new context running `code`, its run cut at `slice`.
fn start<'a>(
    env: Env<'a>,
    options: Term<'a>,
    code: Term<'a>,
    filename: &str,
    slice: Option<std::time::Duration>,
) -> Term<'a> {
    match decode_options(options) {
        Ok(options) => {
            let handle = ResourceArc::new(CtxResource::new(Ctx::new(options)));
            run_code(env, &handle, code, filename, slice)
        }
        Err(message) => py_error(env, "ValueError", &message, ""),
    }
}

/// Runs `code` in a copy of `ctx` (the given handle stays as it was), or in
/// `ctx` itself when `fork` is false.
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_run<'a>(
    env: Env<'a>,
    ctx: ResourceArc<CtxResource>,
    code: Term<'a>,
    filename: String,
    fork: bool,
) -> Term<'a> {
    guard(env, || {
        let handle = if fork {
            match lock(env, &ctx) {
                Ok(locked) => ResourceArc::new(CtxResource::new(locked.clone())),
                Err(term) => return term,
            }
        } else {
            ctx
        };
        run_code(env, &handle, code, &filename, None)
    })
}

/// Continues a run paused at a host call with `{:ok, value}` or
/// `{:error, kind, message}` (the exception the call raises in Python).
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_resume<'a>(env: Env<'a>, ctx: ResourceArc<CtxResource>, reply: Term<'a>) -> Term<'a> {
    guard(env, || resume(env, &ctx, reply, None))
}

/// `ctx_resume` on the calling process's normal scheduler, for a small reply
/// (the Elixir side decides): the run goes on for at most [`SLICE`], then
/// pauses as `{:host_calls, ctx, []}` (continued by `ctx_resume_many`). A host
/// function called in a loop is one round trip per call.
#[rustler::nif]
fn ctx_resume_quick<'a>(env: Env<'a>, ctx: ResourceArc<CtxResource>, reply: Term<'a>) -> Term<'a> {
    quick::timed(env, || guard(env, || resume(env, &ctx, reply, Some(SLICE))))
}

/// Continues a run paused at a host call with `reply`, cut at `slice`.
fn resume<'a>(
    env: Env<'a>,
    ctx: &ResourceArc<CtxResource>,
    reply: Term<'a>,
    slice: Option<std::time::Duration>,
) -> Term<'a> {
    let reply = decode_reply(reply);
    let mut locked = match lock(env, ctx) {
        Ok(locked) => locked,
        Err(term) => return term,
    };
    locked.set_time_slice(slice);
    let outcome = locked.resume(reply);
    locked.set_time_slice(None);
    outcome_term(env, ctx, &mut locked, outcome)
}

/// Continues a run paused at `{:host_calls, ...}` with `[{id, reply}]`, one
/// per call in any order (each reply as for `ctx_resume`).
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_resume_many<'a>(
    env: Env<'a>,
    ctx: ResourceArc<CtxResource>,
    replies: Vec<(u64, Term<'a>)>,
) -> Term<'a> {
    guard(env, || {
        let replies = replies
            .into_iter()
            .map(|(id, reply)| (id, decode_reply(reply)))
            .collect();
        let mut locked = match lock(env, &ctx) {
            Ok(locked) => locked,
            Err(term) => return term,
        };
        let outcome = locked.resume_many(replies);
        outcome_term(env, &ctx, &mut locked, outcome)
    })
}

/// The host's answer; a value with no Python form becomes a `TypeError`.
pub(crate) fn decode_reply(reply: Term<'_>) -> Reply {
    if let Some(reply) = crate::io::take_reply(reply) {
        return reply;
    }
    let error = |message: String| Reply::Error {
        kind: "TypeError".to_owned(),
        message,
    };
    match rustler::types::tuple::get_tuple(reply).as_deref() {
        Ok([tag, value]) if tag.decode::<rustler::Atom>().ok() == Some(atoms::ok()) => {
            decode(*value).map_or_else(error, Reply::Value)
        }
        Ok([tag, kind, message]) if tag.decode::<rustler::Atom>().ok() == Some(atoms::error()) => {
            Reply::Error {
                kind: kind.decode().unwrap_or_else(|_| "RuntimeError".to_owned()),
                message: message.decode().unwrap_or_default(),
            }
        }
        _ => error("bad reply from the host".to_owned()),
    }
}

/// Performs the pending I/O call `id` of a paused run, on a dirty I/O
/// scheduler: the reply (a resource) to give `ctx_resume_many`.
#[rustler::nif(schedule = "DirtyIo")]
fn ctx_perform_io(env: Env<'_>, ctx: ResourceArc<CtxResource>, id: u64) -> Term<'_> {
    guard(env, || {
        let (call, grants) = match ctx.0.lock() {
            Ok(locked) => (
                locked.pending_calls().iter().find(|c| c.id == id).cloned(),
                locked.grants().clone(),
            ),
            Err(_) => return py_error(env, "SystemError", "internal error: poisoned context", ""),
        };
        crate::io::reply_term(env, crate::io::perform(call, &grants, &ctx.1))
    })
}

/// The pause a context is at, as `ctx_run` reports it (`{:host_calls, ...}`),
/// for a host that suspended at I/O and now performs it; `nil` when not paused.
#[rustler::nif]
fn ctx_pending(env: Env<'_>, ctx: ResourceArc<CtxResource>) -> Term<'_> {
    guard(env, || match lock(env, &ctx) {
        Ok(locked) if locked.pending_calls().is_empty() => atoms::nil().encode(env),
        Ok(locked) => crate::io::calls_term(env, ctx.clone().encode(env), locked.pending_calls()),
        Err(term) => term,
    })
}

/// The copy of `ctx` the caller may change without touching the original.
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_fork(env: Env<'_>, ctx: ResourceArc<CtxResource>) -> Term<'_> {
    guard(env, || match lock(env, &ctx) {
        Ok(locked) => (
            atoms::ok(),
            ResourceArc::new(CtxResource::new(locked.clone())),
        )
            .encode(env),
        Err(term) => term,
    })
}

/// What the program printed to stdout so far. Dirty: copying 100 MB of output
/// held a normal scheduler for 200 ms (every NIF whose cost grows with what
/// the program made is dirty; only O(1) ones stay on the normal schedulers).
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_output(env: Env<'_>, ctx: ResourceArc<CtxResource>) -> Term<'_> {
    guard(env, || match lock(env, &ctx) {
        Ok(locked) => (atoms::ok(), locked.stdout()).encode(env),
        Err(term) => term,
    })
}

/// Compute time of the runs in this context, in microseconds.
#[rustler::nif]
fn ctx_compute_us(env: Env<'_>, ctx: ResourceArc<CtxResource>) -> Term<'_> {
    guard(env, || match lock(env, &ctx) {
        Ok(locked) => {
            let us = u64::try_from(locked.compute_time().as_micros()).unwrap_or(u64::MAX);
            (atoms::ok(), us).encode(env)
        }
        Err(term) => term,
    })
}

/// `{:ok, {objects, bytes, slots}}`: the context's own live heap objects, their
/// estimated bytes, and the heap slots it holds (live or free for reuse): what a
/// host watches to see a long-lived context's memory stay flat. O(1).
#[rustler::nif]
fn ctx_memory(env: Env<'_>, ctx: ResourceArc<CtxResource>) -> Term<'_> {
    guard(env, || match lock(env, &ctx) {
        Ok(locked) => (atoms::ok(), memory_term(&locked)).encode(env),
        Err(term) => term,
    })
}

/// `(objects, bytes, slots)` of `ctx`'s heap (see `ctx_memory`).
pub(crate) fn memory_term(ctx: &Ctx) -> (usize, usize, usize) {
    let (objects, bytes) = ctx.heap_usage();
    (objects, bytes, ctx.heap_chunks().1)
}

/// The in-memory files as `[{path, binary}]` (`nil` for a denied filesystem).
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_files(env: Env<'_>, ctx: ResourceArc<CtxResource>) -> Term<'_> {
    guard(env, || match lock(env, &ctx) {
        Ok(locked) => {
            let files = locked.fs().as_memory().map(|memory| {
                memory
                    .files()
                    .map(|(path, content)| (path, binary(env, content)).encode(env))
                    .collect::<Vec<_>>()
            });
            (atoms::ok(), files).encode(env)
        }
        Err(term) => term,
    })
}

/// The whole state as a binary (`ctx_restore` continues from it).
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_snapshot(env: Env<'_>, ctx: ResourceArc<CtxResource>) -> Term<'_> {
    guard(env, || match lock(env, &ctx) {
        Ok(locked) => (atoms::ok(), binary(env, &locked.snapshot())).encode(env),
        Err(term) => term,
    })
}

/// A context from `ctx_snapshot`'s bytes; foreign bytes are a `ValueError`.
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_restore<'a>(env: Env<'a>, bytes: Binary<'a>) -> Term<'a> {
    guard(env, || match Ctx::restore(bytes.as_slice()) {
        Ok(ctx) => (atoms::ok(), ResourceArc::new(CtxResource::new(ctx))).encode(env),
        Err(error) => from_py_error(env, &error),
    })
}

/// What profiling recorded: `%{line_counts: %{line => n}, call_counts:
/// %{name => n}, call_us: %{name => µs}}`, or `nil` when profiling is off.
#[rustler::nif(schedule = "DirtyCpu")]
fn ctx_profile(env: Env<'_>, ctx: ResourceArc<CtxResource>) -> Term<'_> {
    guard(env, || match lock(env, &ctx) {
        Ok(locked) => {
            let report = locked.profile().map(|report| {
                let lines: std::collections::HashMap<u32, u64> =
                    report.line_counts.into_iter().collect();
                let calls: std::collections::HashMap<String, u64> =
                    report.call_counts.into_iter().collect();
                let times: std::collections::HashMap<String, u64> =
                    report.call_us.into_iter().collect();
                Term::map_from_pairs(
                    env,
                    &[
                        (atoms::line_counts().encode(env), lines.encode(env)),
                        (atoms::call_counts().encode(env), calls.encode(env)),
                        (atoms::call_us().encode(env), times.encode(env)),
                    ],
                )
                .unwrap_or_else(|_| atoms::nil().encode(env))
            });
            (atoms::ok(), report).encode(env)
        }
        Err(term) => term,
    })
}

/// Panics inside the guard: the tests' proof that a panic is an `{:error, ...}`.
#[rustler::nif]
fn debug_panic(env: Env<'_>) -> Term<'_> {
    guard(env, || panic!("deliberate panic (debug_panic)"))
}
