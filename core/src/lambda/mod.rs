//! The lambda layer: boot a web app once, then hand it one request at a time.
//!
//! [`App::boot`] runs a program that creates a `fastapi.FastAPI()` app in a
//! [`Ctx`]; the module state (globals, the filesystem) stays live in that
//! `Ctx` between requests, so an app's data persists exactly as in a server.
//! [`App::handle`] passes a [`Request`] to the Python side
//! (`fastapi._lambda_handle`, which matches routes, validates parameters and
//! renders the response like FastAPI) and returns the [`Response`].
//! [`App::handle_stream`] leaves a `StreamingResponse`'s generator suspended
//! in the heap; [`App::next_chunk`] resumes it for exactly one chunk, so a
//! consumer that stops early never runs the rest of the generator.
//!
//! Each call runs a tiny driver program compiled once per process (the
//! request is bound to a `__main__` global first, never spliced into source).
//! An `App` is a `Ctx` plus nothing else, so it snapshots like one.

use std::sync::OnceLock;

use crate::compile::Program;
use crate::ctx::{Ctx, Outcome};
use crate::exc::PyError;
use crate::host::HostValue;

/// A booted web app: its interpreter context with the app's routes registered.
#[derive(Clone, Debug)]
pub struct App {
    ctx: Ctx,
}

/// One HTTP request as the host sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Request {
    /// `GET`, `POST`, ... (case-insensitive).
    pub method: String,
    /// The path, optionally with `?query` (then `query` should be empty).
    pub path: String,
    /// The query string without `?`.
    pub query: String,
    /// Header names and values, in order (names are matched case-insensitively).
    pub headers: Vec<(String, String)>,
    /// The raw body.
    pub body: Vec<u8>,
}

/// The app's answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Response {
    /// The HTTP status code.
    pub status: u16,
    /// Header names (lower-case, as Starlette sends them) and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body (empty for a pending stream).
    pub body: Vec<u8>,
    /// For a JSON response: the content before serialisation (what `body`
    /// decodes to), so a host can hand out terms without a JSON parser.
    pub json: Option<HostValue>,
    /// For [`App::handle_stream`] of a `StreamingResponse`: the stream to pull
    /// chunks from with [`App::next_chunk`]; `None` when `body` is complete.
    pub stream: Option<i64>,
}

/// The driver programs, compiled once per process.
struct Drivers {
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

fn lambda_error(message: &str) -> PyError {
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
        }
        let check = Program::compile("__import__('fastapi')._find_app()\n", "<lambda>")
            .map_err(|e| lambda_error(&e.to_string()))?;
        ctx.run(&check)?;
        Ok(App { ctx })
    }

    /// Handles one request; a `StreamingResponse` is drained into `body`.
    pub fn handle(&mut self, request: &Request) -> Result<Response, PyError> {
        let driver = &drivers()?.handle;
        let value = self.call(driver, request_value(request))?;
        response_from(&value)
    }

    /// Handles one request, leaving a `StreamingResponse`'s body to
    /// [`App::next_chunk`] (`Response::stream`); other responses come whole.
    pub fn handle_stream(&mut self, request: &Request) -> Result<Response, PyError> {
        let driver = &drivers()?.handle_stream;
        let value = self.call(driver, request_value(request))?;
        response_from(&value)
    }

    /// The next chunk of `stream` (one step of its generator), or `None` at its end.
    pub fn next_chunk(&mut self, stream: i64) -> Result<Option<Vec<u8>>, PyError> {
        let driver = &drivers()?.next;
        match self.call(driver, HostValue::Int(stream))? {
            HostValue::None => Ok(None),
            HostValue::Str(s) => Ok(Some(s.into_bytes())),
            HostValue::Bytes(b) => Ok(Some(b)),
            other => Err(lambda_error(&format!("bad chunk {other:?}"))),
        }
    }

    /// Drops `stream` without running the rest of its generator.
    pub fn close_stream(&mut self, stream: i64) -> Result<(), PyError> {
        let driver = &drivers()?.close;
        self.call(driver, HostValue::Int(stream)).map(|_| ())
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
    fn call(&mut self, driver: &Program, arg: HostValue) -> Result<HostValue, PyError> {
        self.ctx.reset_compute_time();
        self.ctx.set_main_global(ARG, &arg);
        let outcome = self.ctx.run(driver)?;
        self.ctx.set_main_global(ARG, &HostValue::None);
        match outcome {
            Outcome::Done(value) => Ok(value),
            Outcome::HostCall(call) => Err(lambda_error(&format!(
                "host call {}.{} during a request is not supported",
                call.module, call.function
            ))),
        }
    }
}

fn str_value(s: &str) -> HostValue {
    HostValue::Str(s.to_owned())
}

/// The request as the dict `fastapi._lambda_handle` reads.
fn request_value(request: &Request) -> HostValue {
    let headers = request
        .headers
        .iter()
        .map(|(k, v)| HostValue::Tuple(vec![str_value(k), str_value(v)]))
        .collect();
    HostValue::Dict(vec![
        (str_value("method"), str_value(&request.method)),
        (str_value("path"), str_value(&request.path)),
        (str_value("query"), str_value(&request.query)),
        (str_value("headers"), HostValue::List(headers)),
        (str_value("body"), HostValue::Bytes(request.body.clone())),
    ])
}

/// A [`Response`] from the dict `fastapi._lambda_handle` returns.
fn response_from(value: &HostValue) -> Result<Response, PyError> {
    let HostValue::Dict(items) = value else {
        return Err(lambda_error("the app returned no response"));
    };
    let mut response = Response::default();
    for (key, item) in items {
        let HostValue::Str(key) = key else { continue };
        match (key.as_str(), item) {
            ("status", HostValue::Int(code)) => {
                response.status = u16::try_from(*code).unwrap_or(500);
            }
            ("headers", HostValue::List(pairs)) => response.headers = header_pairs(pairs),
            ("body", HostValue::Bytes(b)) => response.body.clone_from(b),
            ("body", HostValue::Str(s)) => response.body = s.clone().into_bytes(),
            ("stream", HostValue::Int(id)) => response.stream = Some(*id),
            ("json", content) => response.json = Some(content.clone()),
            _ => {}
        }
    }
    Ok(response)
}

fn header_pairs(pairs: &[HostValue]) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter_map(|pair| match pair {
            HostValue::Tuple(kv) | HostValue::List(kv) => match kv.as_slice() {
                [HostValue::Str(k), HostValue::Str(v)] => Some((k.clone(), v.clone())),
                _ => None,
            },
            _ => None,
        })
        .collect()
}
