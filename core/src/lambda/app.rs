//! [`App`]: a booted app and the driver programs that pass it requests.

use std::sync::OnceLock;

use crate::compile::Program;
use crate::ctx::{Ctx, Outcome};
use crate::exc::PyError;
use crate::host::{HostCall, HostValue, Reply};

/// How a request's host calls are answered: given the pending calls (one, or
/// a batch the app's event loop hands over at once), one `(id, reply)` each.
pub type HostAnswer<'a> = &'a mut dyn FnMut(&[HostCall]) -> Vec<(u64, Reply)>;

use super::native::{prepare, Table};
use super::wire::{request_value, response_from, Request, Response};

/// How far a request driven step by step got ([`App::begin_handle`]): its
/// result, or paused at host calls ([`App::pending_calls`]) until the host
/// answers them with the matching `resume_*` method.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<T> {
    /// The call finished with this result.
    Done(T),
    /// The call waits for the host's replies to [`App::pending_calls`].
    Paused,
}

/// A booted web app: its interpreter context with the app's routes registered.
#[derive(Clone, Debug)]
pub struct App {
    ctx: Ctx,
    /// The native request path's view of the routes (derived from the
    /// `Ctx`, read again after a restore).
    native: Native,
}

/// The native request path's state (`lambda/native`).
#[derive(Clone, Debug, Default)]
enum Native {
    /// Not read yet (read at the first request).
    #[default]
    Unread,
    /// The routes could not be read: every request goes to `_lambda_handle`.
    Off,
    /// The routes.
    Table(Box<Table>),
}

/// The driver programs, compiled once per process.
struct Drivers {
    find_app: Program,
    handle: Program,
    handle_stream: Program,
    next: Program,
    close: Program,
    native_routes: Program,
}

/// `__main__` global through which a request (or a stream id) reaches a driver.
const ARG: &str = "__pyex_lambda_arg__";

fn drivers() -> Result<&'static Drivers, PyError> {
    static DRIVERS: OnceLock<Option<Drivers>> = OnceLock::new();
    let compiled = DRIVERS.get_or_init(|| {
        let compile = |call: &str| {
            let source = format!("__import__('fastapi').{call}({ARG})\n");
            Program::compile(&source, "<lambda>").ok()
        };
        Some(Drivers {
            find_app: compile("_find_app")?,
            handle: compile("_lambda_handle")?,
            handle_stream: compile("_lambda_handle_stream")?,
            next: compile("_lambda_next")?,
            close: compile("_lambda_close")?,
            native_routes: compile("_native_routes")?,
        })
    });
    compiled
        .as_ref()
        .ok_or_else(|| lambda_error("driver programs failed to compile"))
}

/// A `RuntimeError` about the lambda layer itself (not the app).
pub(super) fn lambda_error(message: &str) -> PyError {
    PyError {
        kind: "RuntimeError".to_owned(),
        message: message.to_owned(),
        traceback: format!("RuntimeError: {message}\n"),
    }
}

impl App {
    /// Runs `source` (a program that creates a `FastAPI()` app) in `ctx`.
    /// Fails with the program's own error, or if it created no app.
    /// The compile is under `ctx`'s time limit.
    pub fn boot(source: &str, mut ctx: Ctx) -> Result<App, PyError> {
        let program = ctx.compile(source, "main.py").map_err(|e| match e {
            crate::CompileError::Syntax(e) => PyError {
                kind: "SyntaxError".to_owned(),
                message: e.to_string(),
                traceback: e.to_string(),
            },
            crate::CompileError::Limit(e) => e,
        })?;
        App::boot_program(&program, ctx)
    }

    /// [`App::boot`] from an already compiled program (compile once, boot many).
    pub fn boot_program(program: &Program, ctx: Ctx) -> Result<App, PyError> {
        App::boot_program_with_host(program, ctx, None)
    }

    /// [`App::boot_program`] for an app that calls host functions (or does
    /// I/O) while it starts: each pause is answered by `host`.
    pub fn boot_program_with_host(
        program: &Program,
        mut ctx: Ctx,
        mut host: Option<HostAnswer<'_>>,
    ) -> Result<App, PyError> {
        let mut outcome = ctx.run(program)?;
        loop {
            outcome = match (&mut host, &outcome) {
                // The end of a time slice: nothing to answer.
                (_, Outcome::HostCalls(calls)) if calls.is_empty() => ctx.resume_many(Vec::new())?,
                (Some(host), Outcome::HostCall(_) | Outcome::HostCalls(_)) => {
                    let replies = host(ctx.pending_calls());
                    ctx.resume_many(replies)?
                }
                _ => break,
            };
        }
        match outcome {
            Outcome::Done(_) => {}
            Outcome::HostCall(call) => {
                return Err(lambda_error(&format!(
                    "host call {}.{} while booting an app",
                    call.module, call.function
                )))
            }
            Outcome::HostCalls(calls) => {
                return Err(lambda_error(&format!(
                    "{} host calls while booting an app",
                    calls.len()
                )))
            }
        }
        App::from_booted(ctx)
    }

    /// The app of `ctx`, a context that already ran the app's program to its
    /// end: for a host that answers the boot's host calls and I/O step by
    /// step itself (the Elixir binding) instead of through a [`HostAnswer`].
    /// Fails if the program created no app.
    pub fn from_booted(ctx: Ctx) -> Result<App, PyError> {
        let mut app = App {
            ctx,
            native: Native::Unread,
        };
        let drivers = drivers()?;
        let file = drivers.find_app.filename();
        if !super::native::find_app::find_app(app.ctx.vm_mut(), ARG, file) {
            app.call(&drivers.find_app, &HostValue::None)?;
        }
        // Measured once the app is found: `_find_app`'s objects are part of
        // every boot (measured before it, each boot outgrew its reserve).
        app.ctx.vm_mut().heap.note_boot_size();
        Ok(app)
    }

    /// Handles one request; a `StreamingResponse` is drained into `body`.
    pub fn handle(&mut self, request: &Request) -> Result<Response, PyError> {
        let first = self.begin_request(request, false)?;
        let value = self.finish_call(first, None)?;
        self.response(&value)
    }

    /// [`App::handle`] for an app whose handlers call host functions: each
    /// pause (one call, or every call the app's asyncio tasks wait on at once)
    /// is answered by `host`.
    pub fn handle_with_host(
        &mut self,
        request: &Request,
        host: HostAnswer<'_>,
    ) -> Result<Response, PyError> {
        let first = self.begin_request(request, false)?;
        let value = self.finish_call(first, Some(host))?;
        self.response(&value)
    }

    /// [`App::handle_stream`] answering host calls with `host`.
    pub fn handle_stream_with_host(
        &mut self,
        request: &Request,
        host: HostAnswer<'_>,
    ) -> Result<Response, PyError> {
        let first = self.begin_request(request, true)?;
        let value = self.finish_call(first, Some(host))?;
        self.response(&value)
    }

    /// [`App::next_chunk`] answering host calls with `host`.
    pub fn next_chunk_with_host(
        &mut self,
        stream: i64,
        host: HostAnswer<'_>,
    ) -> Result<Option<Vec<u8>>, PyError> {
        let driver = &drivers()?.next;
        chunk_from(self.call_with(driver, &HostValue::Int(stream), Some(host))?)
    }

    /// Starts handling `request` (streamed or whole) for a host that answers
    /// host calls itself, between calls (the Elixir binding): the response,
    /// or [`Step::Paused`] until [`App::resume_handle`].
    pub fn begin_handle(
        &mut self,
        request: &Request,
        stream: bool,
    ) -> Result<Step<Response>, PyError> {
        match self.begin_request(request, stream)? {
            Some(value) => self.response(&value).map(Step::Done),
            None => Ok(Step::Paused),
        }
    }

    /// Continues a request paused by [`App::begin_handle`] with one reply
    /// per pending call (by id).
    pub fn resume_handle(&mut self, replies: Vec<(u64, Reply)>) -> Result<Step<Response>, PyError> {
        match self.resume_call(replies)? {
            Some(value) => self.response(&value).map(Step::Done),
            None => Ok(Step::Paused),
        }
    }

    /// [`App::next_chunk`], step by step like [`App::begin_handle`].
    pub fn begin_next_chunk(&mut self, stream: i64) -> Result<Step<Option<Vec<u8>>>, PyError> {
        let driver = &drivers()?.next;
        match self.begin_call(driver, &HostValue::Int(stream))? {
            Some(value) => chunk_from(value).map(Step::Done),
            None => Ok(Step::Paused),
        }
    }

    /// Continues a chunk paused by [`App::begin_next_chunk`].
    pub fn resume_next_chunk(
        &mut self,
        replies: Vec<(u64, Reply)>,
    ) -> Result<Step<Option<Vec<u8>>>, PyError> {
        match self.resume_call(replies)? {
            Some(value) => chunk_from(value).map(Step::Done),
            None => Ok(Step::Paused),
        }
    }

    /// Whether a request or chunk driven step by step is paused (at host
    /// calls, or at the end of its time slice: [`Ctx::set_time_slice`]).
    pub fn is_paused(&self) -> bool {
        self.ctx.is_paused()
    }

    /// The host calls a request driven step by step waits for.
    pub fn pending_calls(&self) -> &[HostCall] {
        self.ctx.pending_calls()
    }

    /// Handles one request, leaving a `StreamingResponse`'s body to
    /// [`App::next_chunk`] (`Response::stream`); other responses come whole.
    pub fn handle_stream(&mut self, request: &Request) -> Result<Response, PyError> {
        let first = self.begin_request(request, true)?;
        let value = self.finish_call(first, None)?;
        self.response(&value)
    }

    /// The next chunk of `stream` (one step of its generator), or `None` at its end.
    pub fn next_chunk(&mut self, stream: i64) -> Result<Option<Vec<u8>>, PyError> {
        let driver = &drivers()?.next;
        chunk_from(self.call(driver, &HostValue::Int(stream))?)
    }

    /// Drops `stream` without running the rest of its generator.
    pub fn close_stream(&mut self, stream: i64) -> Result<(), PyError> {
        let driver = &drivers()?.close;
        self.call(driver, &HostValue::Int(stream)).map(|_| ())
    }

    /// The interpreter context (its filesystem, captured output, ...).
    pub fn ctx(&self) -> &Ctx {
        &self.ctx
    }

    /// The interpreter context, mutable (e.g. to take its stdout).
    pub fn ctx_mut(&mut self) -> &mut Ctx {
        &mut self.ctx
    }

    /// The whole app state as bytes (see [`Ctx::snapshot`]).
    pub fn snapshot(&self) -> Vec<u8> {
        self.ctx.snapshot()
    }

    /// An app from [`App::snapshot`] bytes.
    pub fn restore(bytes: &[u8]) -> Result<App, PyError> {
        Ctx::restore(bytes).map(|ctx| App {
            ctx,
            native: Native::Unread,
        })
    }

    /// Runs `driver` with `arg` bound; each call gets the whole time limit.
    fn call(&mut self, driver: &Program, arg: &HostValue) -> Result<HostValue, PyError> {
        self.call_with(driver, arg, None)
    }

    /// [`App::call`], answering host calls with `host` (without one, a host
    /// call is an error).
    fn call_with(
        &mut self,
        driver: &Program,
        arg: &HostValue,
        host: Option<HostAnswer<'_>>,
    ) -> Result<HostValue, PyError> {
        let first = self.begin_call(driver, arg)?;
        self.finish_call(first, host)
    }

    /// Answers the host calls a call started with [`App::begin_call`] (or
    /// [`App::begin_request`]) pauses at, until it finishes (`done`: it did).
    fn finish_call(
        &mut self,
        mut done: Option<HostValue>,
        mut host: Option<HostAnswer<'_>>,
    ) -> Result<HostValue, PyError> {
        loop {
            if let Some(value) = done {
                return Ok(value);
            }
            if self.ctx.pending_calls().is_empty() {
                // Paused at the end of a time slice: nothing to answer.
                done = self.resume_call(Vec::new())?;
                continue;
            }
            let Some(host) = &mut host else {
                let calls = self.ctx.pending_calls();
                let what = match calls {
                    [call] => format!("host call {}.{}", call.module, call.function),
                    _ => format!("{} host calls", calls.len()),
                };
                return Err(lambda_error(&format!(
                    "{what} during a request is not supported"
                )));
            };
            let replies = host(self.ctx.pending_calls());
            done = self.resume_call(replies)?;
        }
    }

    /// Starts `driver` with `arg` bound (each call gets the whole time
    /// limit): its value, or `None` when it paused at host calls.
    fn begin_call(
        &mut self,
        driver: &Program,
        arg: &HostValue,
    ) -> Result<Option<HostValue>, PyError> {
        self.ctx.reset_compute_time();
        self.ctx.set_main_global(ARG, arg);
        let outcome = self.ctx.run(driver)?;
        Ok(self.settle(outcome))
    }

    /// Starts handling `request`: natively when the native request path
    /// takes it (`lambda/native`), else through `_lambda_handle` (or
    /// `_lambda_handle_stream`). The response dict, or `None` when paused.
    fn begin_request(
        &mut self,
        request: &Request,
        stream: bool,
    ) -> Result<Option<HostValue>, PyError> {
        self.ctx.vm_mut().lambda_out = None;
        if let Some((callee, args)) = self.native_call(request, stream) {
            self.ctx.reset_compute_time();
            return match self.ctx.run_call(callee, args)? {
                Outcome::Done(value) => Ok(Some(value)),
                Outcome::HostCall(_) | Outcome::HostCalls(_) => Ok(None),
            };
        }
        let drivers = drivers()?;
        let driver = if stream {
            &drivers.handle_stream
        } else {
            &drivers.handle
        };
        self.begin_call(driver, &request_value(request))
    }

    /// The response of a finished request: the one the native path stored
    /// (`_fastapi_native.respond`), else the one `value` describes.
    fn response(&mut self, value: &HostValue) -> Result<Response, PyError> {
        match self.ctx.vm_mut().lambda_out.take() {
            Some(response) => Ok(*response),
            None => response_from(value),
        }
    }

    /// The native call answering `request` (`native::prepare`), reading the
    /// app's routes first when they were not read or changed since.
    fn native_call(
        &mut self,
        request: &Request,
        stream: bool,
    ) -> Option<(crate::value::Value, Vec<crate::value::Value>)> {
        let current = match &self.native {
            Native::Table(table) => table.current(self.ctx.vm_mut()),
            Native::Off => return None,
            Native::Unread => false,
        };
        if !current {
            self.native = self.read_routes();
        }
        let Native::Table(table) = &self.native else {
            return None;
        };
        prepare(self.ctx.vm_mut(), table, request, stream)
    }

    /// The app's routes as the native path reads them (`Off` if that fails).
    fn read_routes(&mut self) -> Native {
        let Ok(drivers) = drivers() else {
            return Native::Off;
        };
        match self.call(&drivers.native_routes, &HostValue::None) {
            Ok(desc) => match Table::read(self.ctx.vm_mut(), &desc) {
                Some(table) => Native::Table(Box::new(table)),
                None => Native::Off,
            },
            Err(_) => Native::Off,
        }
    }

    /// Continues a driver paused at host calls with their replies.
    fn resume_call(&mut self, replies: Vec<(u64, Reply)>) -> Result<Option<HostValue>, PyError> {
        let outcome = self.ctx.resume_many(replies)?;
        Ok(self.settle(outcome))
    }

    /// The driver's value once it finished (unbinding its argument).
    fn settle(&mut self, outcome: Outcome) -> Option<HostValue> {
        match outcome {
            Outcome::Done(value) => {
                self.ctx.set_main_global(ARG, &HostValue::None);
                Some(value)
            }
            Outcome::HostCall(_) | Outcome::HostCalls(_) => None,
        }
    }
}

/// A chunk as `next_chunk` returns it: `None` at the end of the stream.
fn chunk_from(value: HostValue) -> Result<Option<Vec<u8>>, PyError> {
    match value {
        HostValue::None => Ok(None),
        HostValue::Str(s) => Ok(Some(s.into_bytes())),
        HostValue::Bytes(b) => Ok(Some(b)),
        other => Err(lambda_error(&format!("bad chunk {other:?}"))),
    }
}
