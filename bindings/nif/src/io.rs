//! I/O pauses for the Elixir side: a pause's I/O calls go to Elixir as
//! `{id, :io}` (the request itself stays in the context), each is performed
//! by `ctx_perform_io` / `lambda_perform_io` on a **dirty I/O scheduler**
//! (dirty CPU schedulers stay free for Python), and the reply comes back as
//! an opaque [`ReplyResource`] that `ctx_resume_many` takes like any reply:
//! the reply never round-trips through Elixir terms (which would lose, e.g.,
//! the order of a row dict's keys).

use std::sync::Mutex;

use pyex::io::{Grants, IoSession};
use pyex::{HostCall, Reply};
use rustler::{Encoder, Env, ResourceArc, Term};

use crate::atoms;
use crate::convert::encode;

/// The reply of one performed I/O call, until the resume NIF takes it.
pub struct ReplyResource(Mutex<Option<Reply>>);

#[rustler::resource_impl]
impl rustler::Resource for ReplyResource {}

/// Performs `call` (the pending call the host asked for; `None`: no such
/// call) with the context's session, or with a fresh one when a concurrent
/// call of the same batch is using it.
pub(crate) fn perform(
    call: Option<HostCall>,
    grants: &Grants,
    session: &Mutex<IoSession>,
) -> Reply {
    let Some(call) = call.filter(HostCall::is_io) else {
        return Reply::Error {
            kind: "RuntimeError".to_owned(),
            message: "no pending I/O call with this id".to_owned(),
        };
    };
    match session.try_lock() {
        Ok(mut session) => pyex::io::perform(&call, grants, &mut session),
        Err(_) => pyex::io::perform(&call, grants, &mut IoSession::default()),
    }
}

/// The term of a performed call's reply (a resource).
pub(crate) fn reply_term(env: Env<'_>, reply: Reply) -> Term<'_> {
    ResourceArc::new(ReplyResource(Mutex::new(Some(reply)))).encode(env)
}

/// The reply inside a [`reply_term`], if `term` is one (taken: a reply is used once).
pub(crate) fn take_reply(term: Term<'_>) -> Option<Reply> {
    let resource = term.decode::<ResourceArc<ReplyResource>>().ok()?;
    let reply = resource.0.lock().ok()?.take();
    Some(reply.unwrap_or_else(|| Reply::Error {
        kind: "RuntimeError".to_owned(),
        message: "this I/O reply was already used".to_owned(),
    }))
}

/// `{:host_calls, handle, calls}`: the pause for the Elixir side, each call
/// `{id, :io}` (perform it with the `*_perform_io` NIF), `{id, module,
/// function, args, kwargs}` (a host function of the Elixir side), or
/// `{id, {:error, "TypeError", message}}` when its arguments have no Elixir
/// form (the reply the host sends back for it).
pub(crate) fn calls_term<'a>(env: Env<'a>, handle: Term<'a>, calls: &[HostCall]) -> Term<'a> {
    let calls: Vec<Term<'a>> = calls
        .iter()
        .map(|call| {
            if call.is_io() {
                return (call.id, atoms::io()).encode(env);
            }
            match call_arguments(env, call) {
                Ok((args, kwargs)) => rustler::types::tuple::make_tuple(
                    env,
                    &[
                        call.id.encode(env),
                        call.module.as_str().encode(env),
                        call.function.as_str().encode(env),
                        args.encode(env),
                        kwargs,
                    ],
                ),
                Err(message) => (call.id, (atoms::error(), "TypeError", message)).encode(env),
            }
        })
        .collect();
    (atoms::host_calls(), handle, calls).encode(env)
}

/// The positional arguments and keyword map of `call` as terms.
pub(crate) fn call_arguments<'a>(
    env: Env<'a>,
    call: &HostCall,
) -> Result<(Vec<Term<'a>>, Term<'a>), String> {
    let args = call
        .args
        .iter()
        .map(|arg| encode(env, arg))
        .collect::<Result<Vec<_>, _>>()?;
    let mut kwargs = Term::map_new(env);
    for (name, value) in &call.kwargs {
        kwargs = kwargs
            .map_put(name.as_str(), encode(env, value)?)
            .map_err(|_| "duplicate keyword argument".to_owned())?;
    }
    Ok((args, kwargs))
}
