//! `App` handles for `Pyex.Lambda`: boot a web app once, then handle requests
//! (whole, or streamed one generator step per `lambda_next` call).
//!
//! A handle is used by one call at a time (a concurrent call gets
//! `{:error, :busy}`); the app's state (globals, in-memory files) lives in it
//! and changes with every request, as a server's would.

use std::sync::{Mutex, MutexGuard, TryLockError};
use std::time::Duration;

use pyex::io::IoSession;
use pyex::lambda::{App, Request, Response, Step};
use pyex::{Ctx, Outcome};
use rustler::{Binary, Encoder, Env, ResourceArc, Term};

use crate::atoms;
use crate::convert::{binary, encode};
use crate::ctx::CtxResource;
use crate::guard::{busy, from_py_error, guard, py_error};
use crate::options::decode_options;
use crate::quick::{self, SLICE};

/// A booted app behind a lock, and its I/O drivers' state.
pub struct AppResource(Mutex<App>, Mutex<pyex::io::IoSession>);

impl AppResource {
    /// A handle for `app` with a fresh I/O session.
    fn new(app: App) -> Self {
        AppResource(Mutex::new(app), Mutex::default())
    }
}

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
    guard(env, || boot(env, options, &source, None))
}

/// `lambda_boot` on the calling process's normal scheduler, for a small
/// source (the Elixir side decides: its compile is short): the boot's program
/// runs for at most [`SLICE`], then pauses as `{:host_calls, boot, []}`.
/// A dirty scheduler's wake-up costs as much as a short boot or request.
#[rustler::nif]
fn lambda_boot_quick<'a>(env: Env<'a>, options: Term<'a>, source: Binary<'a>) -> Term<'a> {
    quick::timed(env, || {
        guard(env, || boot(env, options, &source, Some(SLICE)))
    })
}

/// Compiles and runs the app's program, its run cut at `slice`.
fn boot<'a>(env: Env<'a>, options: Term<'a>, source: &[u8], slice: Option<Duration>) -> Term<'a> {
    match decode_options(options) {
        Ok(options) => {
            // The app's source is compiled under the context's time limit, as App::boot does.
            let mut ctx = Ctx::new(options);
            match crate::program::compile(source, "main.py", Some(&mut ctx)) {
                Ok(program) => {
                    ctx.set_time_slice(slice);
                    let outcome = ctx.run(&program);
                    // Continued (`lambda_boot_resume`) on a dirty scheduler, to its end.
                    ctx.set_time_slice(None);
                    boot_term(env, ctx, IoSession::default(), outcome)
                }
                Err((kind, message, traceback)) => py_error(env, &kind, &message, &traceback),
            }
        }
        Err(message) => py_error(env, "ValueError", &message, ""),
    }
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
                let resource = AppResource(Mutex::new(app), Mutex::new(io));
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
/// (`json`: `{:json, term}` for a JSON response, else `nil`).
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_handle<'a>(
    env: Env<'a>,
    app: ResourceArc<AppResource>,
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Binary<'a>,
    stream: bool,
) -> Term<'a> {
    let request = request(method, path, headers, &body);
    guard(env, || handle(env, &app, &request, stream, None))
}

/// `lambda_handle` on the calling process's normal scheduler, for a small
/// request body (the Elixir side decides): the handler runs for at most
/// [`SLICE`], then pauses as `{:host_calls, app, []}` (continued by
/// `lambda_resume`).
#[rustler::nif]
fn lambda_handle_quick<'a>(
    env: Env<'a>,
    app: ResourceArc<AppResource>,
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Binary<'a>,
    stream: bool,
) -> Term<'a> {
    let request = request(method, path, headers, &body);
    quick::timed(env, || {
        guard(env, || handle(env, &app, &request, stream, Some(SLICE)))
    })
}

fn request(
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: &Binary<'_>,
) -> Request {
    Request {
        method,
        path,
        query: String::new(),
        headers,
        body: body.as_slice().to_vec(),
    }
}

/// Starts a request, its run cut at `slice`.
fn handle<'a>(
    env: Env<'a>,
    app: &ResourceArc<AppResource>,
    request: &Request,
    stream: bool,
    slice: Option<Duration>,
) -> Term<'a> {
    let mut locked = match lock(env, app) {
        Ok(locked) => locked,
        Err(term) => return term,
    };
    if locked.is_paused() {
        return busy(env); // another request of this app waits for its host calls
    }
    locked.ctx_mut().set_time_slice(slice);
    let step = locked.begin_handle(request, stream);
    locked.ctx_mut().set_time_slice(None);
    handle_term(env, app, &locked, step)
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
        Err(error) => from_py_error(env, &error),
    }
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

/// The next chunk of a stream: `{:ok, binary}`, or `:done` at its end. Runs
/// on the calling process's normal scheduler for at most [`SLICE`] (then
/// `{:host_calls, app, []}`, continued by `lambda_resume`).
#[rustler::nif]
fn lambda_next(env: Env<'_>, app: ResourceArc<AppResource>, stream: i64) -> Term<'_> {
    quick::timed(env, || {
        guard(env, || {
            let mut locked = match lock(env, &app) {
                Ok(locked) => locked,
                Err(term) => return term,
            };
            if locked.is_paused() {
                return busy(env);
            }
            locked.ctx_mut().set_time_slice(Some(SLICE));
            let step = locked.begin_next_chunk(stream);
            locked.ctx_mut().set_time_slice(None);
            chunk_term(env, &app, &locked, step)
        })
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
