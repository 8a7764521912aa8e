//! What crosses the boundary between the core and its host: [`HostValue`]
//! (plain owned data, never a heap handle), host modules whose functions
//! pause the run ([`HostModule`], [`HostCall`]), and the host's [`Reply`].

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
    /// The function names it exposes.
    pub functions: Vec<String>,
}

impl HostModule {
    /// A module `name` with functions `functions`.
    pub fn new(name: &str, functions: &[&str]) -> Self {
        HostModule {
            name: name.to_owned(),
            functions: functions.iter().map(|f| (*f).to_owned()).collect(),
        }
    }
}

/// A pending call of a host function: the run is paused until `Ctx::resume`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostCall {
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
