//! Modules implemented in Rust, one file per Python module. A module's
//! functions are rows of the builtins table (`builtins/mod.rs`) whose
//! `module` is the module's name; its constants are listed here.

#![expect(
    clippy::needless_pass_by_value,
    reason = "module functions share the builtin signature, taking their Args by value"
)]

pub(crate) mod abc;
pub(crate) mod math;

use crate::value::Value;

/// A module constant.
pub(crate) enum Const {
    /// A float.
    Float(f64),
}

/// A Rust-implemented module: its name and constants (functions come from the builtins table).
pub(crate) struct NativeModule {
    pub name: &'static str,
    pub constants: &'static [(&'static str, Const)],
}

/// Every native module. Adding one = one file + one line here.
pub(crate) const MODULES: &[&NativeModule] = &[&abc::MODULE, &math::MODULE];

impl Const {
    /// The constant as a value.
    pub(crate) fn value(&self) -> Value {
        match self {
            Const::Float(f) => Value::Float(*f),
        }
    }
}
