//! I/O with real services. TEMPORARY stand-in for io-core's module (replaced
//! by the merge of branch io-core): only what the sql driver needs.

#[cfg(feature = "io")]
pub mod sql;

use serde::{Deserialize, Serialize};

/// The module name of I/O host calls.
pub const IO_MODULE: &str = "_pyex_io";
/// The capability `_pyex_io.sql` needs.
pub const CAPABILITY_SQL: &str = "sql";

/// What the host lets a program reach.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grants {
    /// Named capabilities.
    pub capabilities: Vec<String>,
    /// The environment.
    pub env: Vec<(String, String)>,
}

impl Grants {
    /// Whether capability `name` is granted.
    pub fn has_capability(&self, name: &str) -> bool {
        self.capabilities.iter().any(|c| c == name)
    }

    /// The value of environment variable `name`, if the host set it.
    pub fn env_var(&self, name: &str) -> Option<&str> {
        self.env
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}
