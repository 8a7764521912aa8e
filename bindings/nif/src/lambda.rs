//! `App` handles for `Pyex.Lambda`: boot a web app once, then handle requests
//! (whole, or streamed one generator step per `lambda_next` call).
//!
//! A handle is used by one call at a time (a concurrent call gets
//! `{:error, :busy}`); the app's state (globals, in-memory files) lives in it
//! and changes with every request, as a server's would.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, TryLockError};
use std::time::{Duration, Instant};

use pyex::io::IoSession;
use pyex::lambda::{App, Request, Response, Step};
use pyex::{Ctx, Outcome};
use rustler::{Binary, Encoder, Env, ResourceArc, Term};

use crate::atoms;
use crate::convert::{binary, encode};
use crate::ctx::CtxResource;
use crate::guard::{busy, from_py_error, guard, py_error};
use crate::options::decode_options;

/// A booted app behind a lock, its I/O drivers' state, and whether its
/// requests start on a dirty scheduler at once ([`lambda_handle`]).
pub struct AppResource(Mutex<App>, Mutex<pyex::io::IoSession>, AtomicBool);

impl AppResource {
    /// A handle for `app` with a fresh I/O session.
    fn new(app: App) -> Self {
        AppResource(Mutex::new(app), Mutex::default(), AtomicBool::new(false))
    }
}

/// How long a request runs on the caller's normal scheduler before it moves
/// to a dirty one (the BEAM asks NIFs to return within about a millisecond).
const SLICE: Duration = Duration::from_micros(200);

/// A request that held the normal scheduler this long (one builtin operation
/// is not interrupted: a sort of a million items) sends the app's later
/// requests to a dirty scheduler from their start.
const OVERRUN: Duration = Duration::from_millis(2);

/// Bodies above this size are parsed on a dirty scheduler from the start.
const BIG_BODY: usize = 64 << 10;

#[rustler::resource_impl]
impl rustler::Resource for AppResource {}

impl Drop for AppResource {
    /// As `CtxResource`'s: a big app heap is freed off the scheduler (`reaper.rs`).
    fn drop(&mut self) {
        if let Ok(app) = self.0.get_mut() {
            crate::reaper::dispose(app.ctx_mut());
        }
    }
}

fn lock<'a, 'r>(env: Env<'a>, app: &'r AppResource) -> Result<MutexGuard<'r, App>, Term<'a>> {
    app.0.try_lock().map_err(|e| match e {
        TryLockError::WouldBlock => busy(env),
        TryLockError::Poisoned(_) => py_error(
            env,
            "SystemError",
            "internal error: this app is unusable after an earlier internal error",
            "",
        ),
    })
}

/// Boots `source` in a new context made from the options map: `{:ok, app}`,
/// or `{:host_calls, boot, calls}` when the app's program calls the host or
/// does I/O while it starts (perform the I/O with `ctx_perform_io(boot, id)`,
/// continue with `lambda_boot_resume`).
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_boot<'a>(env: Env<'a>, options: Term<'a>, source: Binary<'a>) -> Term<'a> {
    guard(env, || match decode_options(options) {
        Ok(options) => {
            // The app's source is compiled under the context's time limit, as App::boot does.
            let mut ctx = Ctx::new(options);
            match crate::program::compile(source.as_slice(), "main.py", Some(&mut ctx)) {
                Ok(program) => {
                    let outcome = ctx.run(&program);
                    boot_term(env, ctx, IoSession::default(), outcome)
                }
                Err((kind, message, traceback)) => py_error(env, &kind, &message, &traceback),
            }
        }
        Err(message) => py_error(env, "ValueError", &message, ""),
    })
}

/// Continues a boot paused at `{:host_calls, boot, calls}` with `[{id, reply}]`;
/// answers as `lambda_boot`.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_boot_resume<'a>(
    env: Env<'a>,
    boot: ResourceArc<CtxResource>,
    replies: Vec<(u64, Term<'a>)>,
) -> Term<'a> {
    guard(env, || {
        let replies = replies
            .into_iter()
            .map(|(id, reply)| (id, crate::ctx::decode_reply(reply)))
            .collect();
        let Some((mut ctx, io)) = boot.take() else {
            return busy(env);
        };
        let outcome = ctx.resume_many(replies);
        boot_term(env, ctx, io, outcome)
    })
}

/// The term for how a boot (so far) went: `{:ok, app}` once the program
/// ended (its I/O session, e.g. an open database connection, goes to the
/// app), `{:host_calls, boot, calls}` at a pause, or the error.
fn boot_term(
    env: Env<'_>,
    ctx: Ctx,
    io: IoSession,
    outcome: Result<Outcome, pyex::PyError>,
) -> Term<'_> {
    match outcome {
        Ok(Outcome::Done(_)) => match App::from_booted(ctx) {
            Ok(app) => {
                let resource = AppResource(Mutex::new(app), Mutex::new(io), AtomicBool::new(false));
                (atoms::ok(), ResourceArc::new(resource)).encode(env)
            }
            Err(error) => from_py_error(env, &error),
        },
        Ok(Outcome::HostCall(_) | Outcome::HostCalls(_)) => {
            let calls = ctx.pending_calls().to_vec();
            let boot = CtxResource::booting(ctx, io);
            crate::io::calls_term(env, boot.encode(env), &calls)
        }
        Err(error) => from_py_error(env, &error),
    }
}

/// `{:ok, {status, [{name, value}], body, json, stream_id | nil}}` for one request
/// (`json`: `{:json, term}` for a JSON response, else `nil`). The request
/// starts on the caller's normal scheduler for at most [`SLICE`] and goes on
/// as [`lambda_continue`] on a dirty CPU scheduler if it runs longer; a big
/// body, or an app whose request once held the scheduler past [`OVERRUN`],
/// goes to [`lambda_handle_dirty`] at once.
#[rustler::nif]
fn lambda_handle<'a>(
    env: Env<'a>,
    app: Term<'a>,
    method: Term<'a>,
    path: Term<'a>,
    headers: Term<'a>,
    body: Term<'a>,
    stream: Term<'a>,
) -> rustler::NifResult<Term<'a>> {
    let handle: ResourceArc<AppResource> = app.decode()?;
    let bytes: Binary<'a> = body.decode()?;
    if bytes.len() > BIG_BODY || handle.2.load(Ordering::Relaxed) {
        let args = [app, method, path, headers, body, stream];
        return Ok(crate::slice::on_dirty_cpu(
            env,
            c"lambda_handle_dirty",
            &args,
        ));
    }
    let request = Request {
        method: method.decode()?,
        path: path.decode()?,
        query: String::new(),
        headers: headers.decode()?,
        body: bytes.as_slice().to_vec(),
    };
    let stream: bool = stream.decode()?;
    Ok(guard(env, || {
        let mut locked = match lock(env, &handle) {
            Ok(locked) => locked,
            Err(term) => return term,
        };
        if locked.is_sliced() || !locked.pending_calls().is_empty() {
            return busy(env); // another request of this app is not finished
        }
        let started = Instant::now();
        let step = locked.begin_handle_sliced(&request, stream, SLICE);
        let held = started.elapsed();
        let percent = (held.as_micros() / 10).clamp(1, 100);
        rustler::schedule::consume_timeslice(env, i32::try_from(percent).unwrap_or(100));
        if held > OVERRUN {
            handle.2.store(true, Ordering::Relaxed);
        }
        if matches!(step, Ok(Step::Sliced)) {
            drop(locked);
            return crate::slice::on_dirty_cpu(env, c"lambda_continue", &[app]);
        }
        handle_term(env, &handle, &locked, step)
    }))
}

/// The rest of a request [`lambda_handle`] started and sliced.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_continue(env: Env<'_>, app: ResourceArc<AppResource>) -> Term<'_> {
    guard(env, || {
        // wait: a short call of another process (`lambda_output`, a new
        // request seeing this one unfinished) may hold the lock a moment
        let Ok(mut locked) = app.0.lock() else {
            return py_error(env, "SystemError", "internal error: poisoned app", "");
        };
        let step = locked.continue_handle();
        handle_term(env, &app, &locked, step)
    })
}

/// [`lambda_handle`] run on a dirty CPU scheduler from its start.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_handle_dirty<'a>(
    env: Env<'a>,
    app: ResourceArc<AppResource>,
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Binary<'a>,
    stream: bool,
) -> Term<'a> {
    guard(env, || {
        let mut locked = match lock(env, &app) {
            Ok(locked) => locked,
            Err(term) => return term,
        };
        let request = Request {
            method,
            path,
            query: String::new(),
            headers,
            body: body.as_slice().to_vec(),
        };
        if locked.is_sliced() || !locked.pending_calls().is_empty() {
            return busy(env); // another request of this app is not finished
        }
        let step = locked.begin_handle(&request, stream);
        handle_term(env, &app, &locked, step)
    })
}

/// The term for a request step: `{:ok, response}`, `{:host_calls, app,
/// calls}` (answer with `lambda_resume`) or an error.
fn handle_term<'a>(
    env: Env<'a>,
    handle: &ResourceArc<AppResource>,
    app: &App,
    step: Result<Step<Response>, pyex::PyError>,
) -> Term<'a> {
    match step {
        Ok(Step::Done(response)) => (atoms::ok(), response_term(env, &response)).encode(env),
        Ok(Step::Paused) => {
            crate::io::calls_term(env, handle.clone().encode(env), app.pending_calls())
        }
        Ok(Step::Sliced) => unsliced(env),
        Err(error) => from_py_error(env, &error),
    }
}

/// The term for a chunk step: `{:ok, binary}`, `:done`, `{:host_calls, app,
/// calls}` (answer with `lambda_resume`) or an error.
fn chunk_term<'a>(
    env: Env<'a>,
    handle: &ResourceArc<AppResource>,
    app: &App,
    step: Result<Step<Option<Vec<u8>>>, pyex::PyError>,
) -> Term<'a> {
    match step {
        Ok(Step::Done(Some(chunk))) => (atoms::ok(), binary(env, &chunk)).encode(env),
        Ok(Step::Done(None)) => atoms::done().encode(env),
        Ok(Step::Paused) => {
            crate::io::calls_term(env, handle.clone().encode(env), app.pending_calls())
        }
        Ok(Step::Sliced) => unsliced(env),
        Err(error) => from_py_error(env, &error),
    }
}

/// Only `lambda_handle` starts sliced calls, and it continues them itself.
fn unsliced(env: Env<'_>) -> Term<'_> {
    py_error(
        env,
        "SystemError",
        "internal error: a sliced call escaped",
        "",
    )
}

/// Continues a request (`chunk: false`) or a chunk (`chunk: true`) paused
/// at `{:host_calls, ...}` with `[{id, reply}]`; answers as the call it continues.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_resume<'a>(
    env: Env<'a>,
    app: ResourceArc<AppResource>,
    replies: Vec<(u64, Term<'a>)>,
    chunk: bool,
) -> Term<'a> {
    guard(env, || {
        let replies = replies
            .into_iter()
            .map(|(id, reply)| (id, crate::ctx::decode_reply(reply)))
            .collect();
        let mut locked = match lock(env, &app) {
            Ok(locked) => locked,
            Err(term) => return term,
        };
        if chunk {
            let step = locked.resume_next_chunk(replies);
            chunk_term(env, &app, &locked, step)
        } else {
            let step = locked.resume_handle(replies);
            handle_term(env, &app, &locked, step)
        }
    })
}

/// Performs the pending I/O call `id` of a paused request on a dirty I/O
/// scheduler: the reply (a resource) to give `lambda_resume`.
#[rustler::nif(schedule = "DirtyIo")]
fn lambda_perform_io(env: Env<'_>, app: ResourceArc<AppResource>, id: u64) -> Term<'_> {
    guard(env, || {
        let (call, grants) = match app.0.lock() {
            Ok(locked) => (
                locked.pending_calls().iter().find(|c| c.id == id).cloned(),
                locked.ctx().grants().clone(),
            ),
            Err(_) => return py_error(env, "SystemError", "internal error: poisoned app", ""),
        };
        crate::io::reply_term(env, crate::io::perform(call, &grants, &app.1))
    })
}

fn response_term<'a>(env: Env<'a>, response: &Response) -> Term<'a> {
    let stream = match response.stream {
        Some(id) => id.encode(env),
        None => atoms::nil().encode(env),
    };
    let json = match response.json.as_ref().map(|v| encode(env, v)) {
        Some(Ok(term)) => (atoms::json(), term).encode(env),
        _ => atoms::nil().encode(env),
    };
    (
        response.status,
        response.headers.clone(),
        binary(env, &response.body),
        json,
        stream,
    )
        .encode(env)
}

/// The next chunk of a stream: `{:ok, binary}`, or `:done` at its end.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_next(env: Env<'_>, app: ResourceArc<AppResource>, stream: i64) -> Term<'_> {
    guard(env, || {
        let mut locked = match lock(env, &app) {
            Ok(locked) => locked,
            Err(term) => return term,
        };
        if !locked.pending_calls().is_empty() {
            return busy(env);
        }
        let step = locked.begin_next_chunk(stream);
        chunk_term(env, &app, &locked, step)
    })
}

/// Drops a stream without running the rest of its generator.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_close(env: Env<'_>, app: ResourceArc<AppResource>, stream: i64) -> Term<'_> {
    guard(env, || {
        let mut locked = match lock(env, &app) {
            Ok(locked) => locked,
            Err(term) => return term,
        };
        match locked.close_stream(stream) {
            Ok(()) => atoms::ok().encode(env),
            Err(error) => from_py_error(env, &error),
        }
    })
}

/// What the app printed to stdout so far.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_output(env: Env<'_>, app: ResourceArc<AppResource>) -> Term<'_> {
    guard(env, || match lock(env, &app) {
        Ok(locked) => (atoms::ok(), locked.ctx().stdout()).encode(env),
        Err(term) => term,
    })
}

/// `{:ok, {objects, bytes, slots}}` of the app's context (as `ctx_memory`).
#[rustler::nif]
fn lambda_memory(env: Env<'_>, app: ResourceArc<AppResource>) -> Term<'_> {
    guard(env, || match lock(env, &app) {
        Ok(locked) => (atoms::ok(), crate::ctx::memory_term(locked.ctx())).encode(env),
        Err(term) => term,
    })
}

/// The app's whole state as a binary (`lambda_restore` continues from it).
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_snapshot(env: Env<'_>, app: ResourceArc<AppResource>) -> Term<'_> {
    guard(env, || match lock(env, &app) {
        Ok(locked) => (atoms::ok(), binary(env, &locked.snapshot())).encode(env),
        Err(term) => term,
    })
}

/// An app from `lambda_snapshot`'s bytes.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_restore<'a>(env: Env<'a>, bytes: Binary<'a>) -> Term<'a> {
    guard(env, || match App::restore(bytes.as_slice()) {
        Ok(app) => (atoms::ok(), ResourceArc::new(AppResource::new(app))).encode(env),
        Err(error) => from_py_error(env, &error),
    })
}
