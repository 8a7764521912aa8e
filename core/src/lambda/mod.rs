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
//!
//! Most requests do not go through `_lambda_handle`: the native request path
//! (`native/`) matches the route and binds the parameters in Rust and makes
//! one Python call, to the handler, falling back to `_lambda_handle` for
//! whatever it does not handle exactly alike.
//!
//! Source code layout: `app.rs` ([`App`] and the driver programs), `wire.rs`
//! ([`Request`], [`Response`] and their dict forms on the Python side),
//! `native/` (the native request path).

mod app;
pub(crate) mod native;
mod wire;

pub use app::{App, HostAnswer, Step};
pub use wire::{Request, Response};
