//! `_pyex_s3fs` (not a CPython module): the S3 filesystem's file objects and `os`
//! primitives, in Python (`python/pyex_s3fs.py`) over one native, `_request`, which
//! pauses the run with an S3 request of the filesystem (`fs/s3.rs` has the design).

use super::NativeModule;

/// The module: `_request` in Rust (`fs::s3::request`), the rest in Python.
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_pyex_s3fs",
    constants: &[],
    init: None,
    python: Some(include_str!("python/pyex_s3fs.py")),
};
