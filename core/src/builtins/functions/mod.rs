//! Builtin functions, one file per family.

pub(crate) mod compile;
pub(crate) mod io;
pub(crate) mod iter;
pub(crate) mod numeric;
pub(crate) mod reflect;
pub(crate) mod scope;
