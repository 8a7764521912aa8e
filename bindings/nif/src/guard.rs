//! The one way into the core: [`guard`] runs a NIF body on a large stack
//! ([`crate::stack`]: a dirty scheduler thread has only ~320 KiB, less than the
//! parser's deepest nesting needs) and turns a panic into
//! `{:error, {"SystemError", ...}}`, so no input can take down the BEAM.

use std::cell::{Cell, RefCell};
use std::panic::{catch_unwind, AssertUnwindSafe};

use rustler::{Encoder, Env, Term};

use crate::atoms;

thread_local! {
    /// Set while a guarded body runs: its panics are reported in the error term
    /// (with their location) instead of on the BEAM's stderr.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    /// The message and location of the last guarded panic on this thread.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// NIF load: installs the panic hook that keeps guarded panics quiet (other
/// panics in the process still reach the previous hook).
/// Also learns the shape of Elixir's `MapSet` from `info` (an empty one).
pub(crate) fn on_load(_env: Env<'_>, info: Term<'_>) -> bool {
    crate::convert::learn_mapset_shape(info);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if GUARDED.with(Cell::get) {
            LAST_PANIC.with(|last| *last.borrow_mut() = Some(info.to_string()));
        } else {
            previous(info);
        }
    }));
    true
}

/// Runs `body` on a big enough stack, catching panics: a panic is reported as
/// `{:error, {"SystemError", "internal error: ...", ""}}`.
pub(crate) fn guard<'a>(env: Env<'a>, body: impl FnOnce() -> Term<'a>) -> Term<'a> {
    let was_guarded = GUARDED.with(|g| g.replace(true));
    let result = if was_guarded {
        // Already inside a guarded call (and on the big stack).
        catch_unwind(AssertUnwindSafe(body))
    } else {
        crate::stack::on_big_stack(|| catch_unwind(AssertUnwindSafe(body)))
    };
    GUARDED.with(|g| g.set(was_guarded));
    match result {
        Ok(term) => term,
        Err(payload) => {
            pyex::recover_thread();
            let why = LAST_PANIC
                .with(|last| last.borrow_mut().take())
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_owned());
            py_error(env, "SystemError", &format!("internal error: {why}"), "")
        }
    }
}

/// `{:error, {kind, message, traceback}}`: a Python exception (or a limit) as
/// the Elixir side builds `Pyex.Error` from it.
pub(crate) fn py_error<'a>(env: Env<'a>, kind: &str, message: &str, traceback: &str) -> Term<'a> {
    (atoms::error(), (kind, message, traceback)).encode(env)
}

/// A `pyex::PyError` as [`py_error`].
pub(crate) fn from_py_error<'a>(env: Env<'a>, error: &pyex::PyError) -> Term<'a> {
    py_error(env, &error.kind, &error.message, &error.traceback)
}

/// `{:error, :busy}`: another process is using the same `Ctx` handle right now.
pub(crate) fn busy(env: Env<'_>) -> Term<'_> {
    (atoms::error(), atoms::busy()).encode(env)
}
