//! `App` handles for `Pyex.Lambda`: boot a web app once, then handle requests
//! (whole, or streamed one generator step per `lambda_next` call).
//!
//! A handle is used by one call at a time (a concurrent call gets
//! `{:error, :busy}`); the app's state (globals, in-memory files) lives in it
//! and changes with every request, as a server's would.

use std::sync::{Mutex, MutexGuard, TryLockError};

use pyex::lambda::{App, Request, Response};
use pyex::Ctx;
use rustler::{Binary, Encoder, Env, ResourceArc, Term};

use crate::atoms;
use crate::convert::{binary, encode};
use crate::guard::{busy, from_py_error, guard, py_error};
use crate::options::decode_options;

/// A booted app behind a lock.
pub struct AppResource(Mutex<App>);

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

/// Boots `source` in a new context made from the options map: `{:ok, app}`.
#[rustler::nif(schedule = "DirtyCpu")]
fn lambda_boot<'a>(env: Env<'a>, options: Term<'a>, source: String) -> Term<'a> {
    guard(env, || match decode_options(options) {
        Ok(options) => match App::boot(&source, Ctx::new(options)) {
            Ok(app) => (atoms::ok(), ResourceArc::new(AppResource(Mutex::new(app)))).encode(env),
            Err(error) => from_py_error(env, &error),
        },
        Err(message) => py_error(env, "ValueError", &message, ""),
    })
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
        let result = if stream {
            locked.handle_stream(&request)
        } else {
            locked.handle(&request)
        };
        match result {
            Ok(response) => (atoms::ok(), response_term(env, &response)).encode(env),
            Err(error) => from_py_error(env, &error),
        }
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
        match locked.next_chunk(stream) {
            Ok(Some(chunk)) => (atoms::ok(), binary(env, &chunk)).encode(env),
            Ok(None) => atoms::done().encode(env),
            Err(error) => from_py_error(env, &error),
        }
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
        Ok(app) => (atoms::ok(), ResourceArc::new(AppResource(Mutex::new(app)))).encode(env),
        Err(error) => from_py_error(env, &error),
    })
}
