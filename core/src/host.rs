//! What crosses the boundary between the core and its host: [`HostValue`]
//! (plain owned data, never a heap handle), host modules whose functions
//! pause the run ([`HostModule`], [`HostCall`]), and the host's [`Reply`].
//!
//! ## The host-call protocol
//!
//! 1. **A plain call pauses once.** A host function called from Python (sync
//!    code, or a sync host function called inside a coroutine) ends
//!    `Ctx::run`/`Ctx::resume` with `Outcome::HostCall(call)`; the host performs
//!    it and continues with `Ctx::resume(reply)`. The program sees the reply as
//!    the call's return value (or exception), at the same point, all state live.
//! 2. **Awaitable host functions become futures.** A function listed in
//!    [`HostModule::async_functions`] is, for Python, an `async def`: calling
//!    it gives a coroutine, and `await`ing that coroutine inside a running
//!    asyncio loop does not pause the run: it registers the call with the loop
//!    and waits on a future, so other tasks keep running. (Awaited with no loop
//!    running, it falls back to rule 1.)
//! 3. **The loop hands over all pending calls together.** When the loop has
//!    no ready callback left and at least one host call is registered, the run
//!    pauses once with `Outcome::HostCalls(calls)`: every pending call, each
//!    with a distinct [`HostCall::id`], in the order the tasks made them. The
//!    host performs them concurrently (Elixir: one Task per call; Python and
//!    the CLI: a thread pool) and continues with `Ctx::resume_many(replies)`:
//!    one `(id, reply)` per call, in any order. A missing, unknown or duplicate
//!    id is an error returned by `resume_many` that leaves the run paused (the
//!    host may retry). The futures are resolved in the calls' order, so the
//!    interleaving of tasks after the pause does not depend on which reply came
//!    first. A batch of one may also be answered with `Ctx::resume(reply)`.
//! 4. **Host calls take no time.** The loop's virtual clock does not move
//!    while calls are pending (a timer due later than the pause still fires
//!    after the replies are delivered), and the wall time spent waiting for
//!    the host is not compute time.
//! 5. **A paused run is state.** While paused (at one call or a batch) the
//!    `Ctx` can be snapshotted and restored; `Ctx::pending_calls` lists what it
//!    waits for, so a restored `Ctx` can be resumed by a host that did not see
//!    the pause.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

/// A Python value as plain data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HostValue {
    /// `None`.
    None,
    /// `bool`.
    Bool(bool),
    /// `int` within `i64`.
    Int(i64),
    /// `int` beyond `i64`.
    BigInt(BigInt),
    /// `float`.
    Float(f64),
    /// `str`.
    Str(String),
    /// `list`.
    List(Vec<HostValue>),
    /// `tuple`.
    Tuple(Vec<HostValue>),
    /// `dict`, in insertion order.
    Dict(Vec<(HostValue, HostValue)>),
    /// `bytes` (a `bytearray` crosses as `bytes` too: the host has no mutable view of it).
    Bytes(Vec<u8>),
    /// `set`, in iteration order.
    Set(Vec<HostValue>),
    /// `frozenset`, in iteration order.
    FrozenSet(Vec<HostValue>),
    /// A value with no plain-data form (a function, an instance, ...): its `repr`.
    Opaque(String),
}

/// A module supplied by the host. Calling one of its functions ends
/// `Ctx::run` with `Outcome::HostCall`; `Ctx::resume` continues the program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostModule {
    /// The name Python code imports.
    pub name: String,
    /// The function names it exposes (each call pauses the run).
    pub functions: Vec<String>,
    /// Functions it exposes as awaitables (`async def` for Python): called
    /// from tasks of a running asyncio loop, they are performed concurrently
    /// (see the protocol above). Not also listed in `functions`.
    #[serde(default)]
    pub async_functions: Vec<String>,
}

impl HostModule {
    /// A module `name` with functions `functions`.
    pub fn new(name: &str, functions: &[&str]) -> Self {
        HostModule {
            name: name.to_owned(),
            functions: functions.iter().map(|f| (*f).to_owned()).collect(),
            async_functions: Vec::new(),
        }
    }

    /// The same module with awaitable functions `functions` added.
    #[must_use]
    pub fn with_async(mut self, functions: &[&str]) -> Self {
        self.async_functions
            .extend(functions.iter().map(|f| (*f).to_owned()));
        self
    }
}

/// A pending call of a host function: the run is paused until `Ctx::resume`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostCall {
    /// Distinct for every call of a run: how replies to a batch
    /// (`Outcome::HostCalls`) name the call they answer.
    pub id: u64,
    /// The host module.
    pub module: String,
    /// The function.
    pub function: String,
    /// Positional arguments.
    pub args: Vec<HostValue>,
    /// Keyword arguments, in call order.
    pub kwargs: Vec<(String, HostValue)>,
}

/// The host's answer to a [`HostCall`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The function returned this value.
    Value(HostValue),
    /// The function raised: a builtin exception class name (unknown names
    /// become `RuntimeError`) and its message.
    Error {
        /// Exception class name, e.g. `"ValueError"`.
        kind: String,
        /// The message.
        message: String,
    },
}

/// The host calls a paused run waits for (part of the `Vm` state, so that a
/// snapshot of a paused run knows them).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Waiting {
    /// The id the next call gets.
    pub next_id: u64,
    /// The calls of the pause, in order (empty: not paused at a host call).
    pub calls: Vec<HostCall>,
    /// Whether the pause is a batch (`Outcome::HostCalls`): the program
    /// receives a list of results rather than one value.
    pub batch: bool,
    /// Whether the run paused because its time slice ended
    /// ([`crate::Ctx::set_time_slice`]): `Outcome::HostCalls` with no call,
    /// continued by `resume_many` with no reply.
    #[serde(default)]
    pub sliced: bool,
}

impl Waiting {
    /// The next call id.
    pub(crate) fn new_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }
}
