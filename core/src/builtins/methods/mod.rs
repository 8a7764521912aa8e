//! Methods of builtin types, one file per type.

pub(crate) mod bytearray;
pub(crate) mod bytes;
pub(crate) mod bytes_ascii;
pub(crate) mod coroutine;
pub(crate) mod dict;
pub(crate) mod float;
pub(crate) mod generator;
pub(crate) mod list;
pub(crate) mod number;
pub(crate) mod number_unary;
pub(crate) mod object;
pub(crate) mod range;
pub(crate) mod set;
pub(crate) mod slots;
pub(crate) mod str;
pub(crate) mod str_format;
pub(crate) mod str_search;
pub(crate) mod type_;
