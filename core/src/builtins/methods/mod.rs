//! Methods of builtin types, one file per type.

pub(crate) mod dict;
pub(crate) mod generator;
pub(crate) mod list;
pub(crate) mod number;
pub(crate) mod object;
pub(crate) mod set;
pub(crate) mod slots;
pub(crate) mod str;
pub(crate) mod type_;
