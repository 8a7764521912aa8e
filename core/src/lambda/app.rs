//! [`App`]: a booted app and the driver programs that pass it requests.

use std::sync::OnceLock;

use crate::compile::Program;
use crate::ctx::{Ctx, Outcome};
use crate::exc::PyError;
use crate::host::{HostCall, HostValue, Reply};

/// How a request's host calls are answered: given the pending calls (one, or
/// a batch the app's event loop hands over at once), one `(id, reply)` each.
pub type HostAnswer<'a> = &'a mut dyn FnMut(&[HostCall]) -> Vec<(u64, Reply)>;

use super::wire::{request_value, response_from, Request, Response};

/// A booted web app: its interpreter context with the app's routes registered.
#[derive(Clone, Debug)]
pub struct App {
    ctx: Ctx,
}

/// The driver programs, compiled once per process.
struct Drivers {
    find_app: Program,
    handle: Program,
    handle_stream: Program,
    next: Program,
    close: Program,
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
    pub fn boot(source: &str, ctx: Ctx) -> Result<App, PyError> {
        let program = Program::compile(source, "main.py").map_err(|e| PyError {
            kind: "SyntaxError".to_owned(),
            message: e.to_string(),
            traceback: e.to_string(),
        })?;
        App::boot_program(&program, ctx)
    }

    /// [`App::boot`] from an already compiled program (compile once, boot many).
    pub fn boot_program(program: &Program, mut ctx: Ctx) -> Result<App, PyError> {
        match ctx.run(program)? {
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
        let mut app = App { ctx };
        app.call(&drivers()?.find_app, &HostValue::None)?;
        Ok(app)
    }

    /// Handles one request; a `StreamingResponse` is drained into `body`.
    pub fn handle(&mut self, request: &Request) -> Result<Response, PyError> {
        let driver = &drivers()?.handle;
        let value = self.call(driver, &request_value(request))?;
        response_from(&value)
    }

    /// [`App::handle`] for an app whose handlers call host functions: each
    /// pause (one call, or every call the app's asyncio tasks wait on at once)
    /// is answered by `host`.
    pub fn handle_with_host(
        &mut self,
        request: &Request,
        host: HostAnswer<'_>,
    ) -> Result<Response, PyError> {
        let driver = &drivers()?.handle;
        let value = self.call_with(driver, &request_value(request), Some(host))?;
        response_from(&value)
    }

    /// Handles one request, leaving a `StreamingResponse`'s body to
    /// [`App::next_chunk`] (`Response::stream`); other responses come whole.
    pub fn handle_stream(&mut self, request: &Request) -> Result<Response, PyError> {
        let driver = &drivers()?.handle_stream;
        let value = self.call(driver, &request_value(request))?;
        response_from(&value)
    }

    /// The next chunk of `stream` (one step of its generator), or `None` at its end.
    pub fn next_chunk(&mut self, stream: i64) -> Result<Option<Vec<u8>>, PyError> {
        let driver = &drivers()?.next;
        match self.call(driver, &HostValue::Int(stream))? {
            HostValue::None => Ok(None),
            HostValue::Str(s) => Ok(Some(s.into_bytes())),
            HostValue::Bytes(b) => Ok(Some(b)),
            other => Err(lambda_error(&format!("bad chunk {other:?}"))),
        }
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
        Ctx::restore(bytes).map(|ctx| App { ctx })
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
        mut host: Option<HostAnswer<'_>>,
    ) -> Result<HostValue, PyError> {
        self.ctx.reset_compute_time();
        self.ctx.set_main_global(ARG, arg);
        let mut outcome = self.ctx.run(driver)?;
        while let (Some(host), Outcome::HostCall(_) | Outcome::HostCalls(_)) = (&mut host, &outcome)
        {
            let replies = host(self.ctx.pending_calls());
            outcome = self.ctx.resume_many(replies)?;
        }
        self.ctx.set_main_global(ARG, &HostValue::None);
        match outcome {
            Outcome::Done(value) => Ok(value),
            Outcome::HostCall(call) => Err(lambda_error(&format!(
                "host call {}.{} during a request is not supported",
                call.module, call.function
            ))),
            Outcome::HostCalls(calls) => Err(lambda_error(&format!(
                "{} host calls during a request are not supported",
                calls.len()
            ))),
        }
    }
}
