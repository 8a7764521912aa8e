//! Moving a NIF call to a dirty scheduler part way: `lambda_handle` starts a
//! request on the calling process's normal scheduler with a short slice
//! (most requests end within it, without the two thread switches a dirty
//! call costs), and one that runs longer continues as another NIF on a
//! dirty CPU scheduler (`enif_schedule_nif`), as one call from Erlang's view.
#![expect(
    unsafe_code,
    reason = "enif_schedule_nif and raw terms; each use says why it is sound"
)]

use std::ffi::CStr;

use rustler::codegen_runtime::{c_int, NIF_ENV, NIF_TERM};
use rustler::{Env, Term};

/// Continues the running NIF call as the NIF `name` (one of this library's,
/// flagged dirty CPU) with `terms`: return the term this gives at once.
pub(crate) fn on_dirty_cpu<'a>(env: Env<'a>, name: &'static CStr, terms: &[Term<'a>]) -> Term<'a> {
    let Some(fun) = raw_nif(name) else {
        return crate::guard::py_error(
            env,
            "SystemError",
            &format!("internal error: no NIF {name:?}"),
            "",
        );
    };
    let raw: Vec<NIF_TERM> = terms.iter().map(Term::as_c_arg).collect();
    let count = c_int::try_from(raw.len()).unwrap_or(0);
    // SAFETY: `env` is the running NIF call's own environment, `name` a
    // NUL-terminated static string, `fun` a NIF function of this library
    // (rustler's wrapper: it decodes its arguments itself) and `raw` holds
    // `count` terms of `env`, which stay valid into the scheduled call.
    let term = unsafe {
        rustler::sys::enif_schedule_nif(
            env.as_c_arg(),
            name.as_ptr(),
            c_int::try_from(rustler::sys::ERL_NIF_DIRTY_JOB_CPU_BOUND).unwrap_or(1),
            fun,
            count,
            raw.as_ptr(),
        )
    };
    // SAFETY: `enif_schedule_nif` returns a term of `env` (what the calling
    // NIF must return).
    unsafe { Term::new(env, term) }
}

/// The C entry point rustler generated for this library's NIF `name`.
fn raw_nif(name: &CStr) -> Option<RawNif> {
    rustler::codegen_runtime::inventory::iter::<rustler::Nif>
        .into_iter()
        // SAFETY: every registered NIF's name is a NUL-terminated static string.
        .find(|nif| unsafe { CStr::from_ptr(nif.name) } == name)
        .map(|nif| nif.raw_func)
}

/// A NIF's C entry point.
type RawNif = unsafe extern "C" fn(env: NIF_ENV, argc: c_int, argv: *const NIF_TERM) -> NIF_TERM;
