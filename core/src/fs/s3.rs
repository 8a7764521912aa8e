//! The S3 filesystem: a bucket and a key prefix as the program's files, so that
//! `open("todos.json", "w")` in a Lambda app persists to S3.
//!
//! ## Design: Python file objects over I/O pauses
//!
//! The core never blocks on the network, so S3 cannot sit behind the synchronous
//! [`FileSystem`] trait. Instead, when the Ctx's filesystem is [`Fs::S3`](super::Fs::S3):
//! - `open()` (builtin and `io.open`) hands its arguments to `_pyex_s3fs.open`, a Python
//!   function (`stdlib/python/pyex_s3fs.py`), by a resumable call (`Cont::CallAttr`); the
//!   `os`/`os.path`/`pathlib`/`shutil` primitives of `posix` (listdir, mkdir, rmdir, remove,
//!   rename, stat, and the existence test) are rebound to `_pyex_s3fs`'s when `posix` is
//!   imported.
//! - Those Python functions make S3 requests with [`request`]: a native that builds the
//!   request from the host's configuration (bucket, the program's path under the prefix,
//!   endpoint and credentials) and pauses the run at `_pyex_io.s3`, exactly like a host
//!   call. Reading a file fetches the object (`GetObject`) when it is opened; writing
//!   uploads it (`PutObject`) on `flush()`/`close()` (and at the end of a `with` block). A file never
//!   closed is not uploaded.
//! - The program cannot choose the bucket nor leave the prefix (paths are normalised
//!   first, `..` stops at the root), and cannot forge these requests: the gate of
//!   `_pyex_io.s3` refuses a program's request that claims to be the filesystem's.
//! - Directories are implicit, as in S3: a directory exists when a key lies under it (or
//!   its marker object `dir/.pyex-dir`, which `mkdir` creates).
//!
//! Snapshots keep the configuration ([`S3Fs`]), not the objects. Imports do not read
//! modules from S3 (the trait view of an S3 filesystem is empty).

use serde::{Deserialize, Serialize};

use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::host::HostValue;
use crate::value::Value;

/// Where an S3 filesystem keeps the program's files, and how to reach it. Fields left
/// `None` come from the grants' environment (`AWS_ENDPOINT_URL`, `AWS_REGION`,
/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`) when a request is performed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct S3Fs {
    /// The bucket.
    pub bucket: String,
    /// The key prefix of every file (`""`, or ending in `/`).
    pub prefix: String,
    /// The endpoint (e.g. `http://127.0.0.1:9000`); AWS when neither this nor the
    /// environment names one.
    pub endpoint_url: Option<String>,
    /// The signing region.
    pub region: Option<String>,
    /// Access key id.
    pub access_key_id: Option<String>,
    /// Secret access key.
    pub secret_access_key: Option<String>,
}

impl S3Fs {
    /// A filesystem over `bucket` under `prefix` (normalised: no leading `/`, one
    /// trailing `/` unless empty).
    pub fn new(bucket: impl Into<String>, prefix: &str) -> S3Fs {
        let prefix = super::normalize_key(prefix);
        S3Fs {
            bucket: bucket.into(),
            prefix: if prefix.is_empty() {
                prefix
            } else {
                format!("{prefix}/")
            },
            ..S3Fs::default()
        }
    }

    /// The key of the program's `path` (`""` for the root directory).
    pub fn key(&self, path: &str) -> String {
        format!("{}{}", self.prefix, super::normalize_key(path))
    }

    /// The `filesystem` entry of a request: the configuration the driver uses.
    fn describe(&self) -> HostValue {
        let mut entries = vec![entry("bucket", &self.bucket), entry("prefix", &self.prefix)];
        let optional = [
            ("endpoint_url", &self.endpoint_url),
            ("region", &self.region),
            ("access_key_id", &self.access_key_id),
            ("secret_access_key", &self.secret_access_key),
        ];
        for (name, value) in optional {
            if let Some(value) = value {
                entries.push(entry(name, value));
            }
        }
        HostValue::Dict(entries)
    }
}

/// A `str: str` dict entry.
fn entry(key: &str, value: &str) -> (HostValue, HostValue) {
    (
        HostValue::Str(key.to_owned()),
        HostValue::Str(value.to_owned()),
    )
}

/// The S3 configuration of the running Ctx, or the error a program sees without one.
fn config(vm: &Vm) -> RunResult<S3Fs> {
    match &vm.fs {
        super::Fs::S3(s3) => Ok(s3.clone()),
        _ => Err(RunError::new(
            ExcKind::RuntimeError,
            "the filesystem is not an S3 filesystem",
        )),
    }
}

/// The operations the filesystem uses, and the parameters each may carry.
const OPERATIONS: &[(&str, &[&str])] = &[
    ("GetObject", &["Key"]),
    ("HeadObject", &["Key"]),
    ("PutObject", &["Key", "Body"]),
    ("DeleteObject", &["Key"]),
    ("CopyObject", &["Key", "CopySource"]),
    (
        "ListObjectsV2",
        &["Prefix", "Delimiter", "MaxKeys", "ContinuationToken"],
    ),
];

/// `_pyex_s3fs._request(operation, params)`: pauses the run with one S3 request of the
/// filesystem. `Key` and `CopySource` are program paths, `Prefix` a program directory
/// (`""`: the root), each placed under the configured prefix; the reply is the driver's.
#[expect(
    clippy::needless_pass_by_value,
    reason = "every builtin takes its Args by value"
)]
pub(crate) fn request(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [operation, params] = args.exact("_request")?;
    let s3 = config(vm)?;
    let operation = vm.str_value(operation).unwrap_or_default();
    let Some((_, allowed)) = OPERATIONS.iter().find(|(op, _)| *op == operation) else {
        return Err(RunError::new(
            ExcKind::ValueError,
            format!("the S3 filesystem does not use {operation}"),
        ));
    };
    let mut fields = vec![entry("Bucket", &s3.bucket)];
    for (key, value) in vm.dict_entries(params)? {
        let name = vm.str_value(key).unwrap_or_default();
        if !allowed.contains(&name.as_str()) {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!("{operation} of the S3 filesystem takes no {name}"),
            ));
        }
        let value = match name.as_str() {
            "Key" => HostValue::Str(s3.key(&path_text(vm, value)?)),
            "CopySource" => {
                HostValue::Str(format!("{}/{}", s3.bucket, s3.key(&path_text(vm, value)?)))
            }
            "Prefix" => {
                let dir = s3.key(&path_text(vm, value)?);
                HostValue::Str(if dir.is_empty() || dir.ends_with('/') {
                    dir
                } else {
                    format!("{dir}/")
                })
            }
            _ => vm.host_value(value),
        };
        fields.push((HostValue::Str(name), value));
    }
    let req = HostValue::Dict(vec![
        entry("operation", &operation),
        (HostValue::Str("params".into()), HostValue::Dict(fields)),
        (HostValue::Str("filesystem".into()), s3.describe()),
        (HostValue::Str("timeout".into()), HostValue::Int(30)),
    ]);
    let req = vm.value_from_host(&req);
    let call = vm.host_call(
        crate::io::IO_MODULE.to_owned(),
        "s3".to_owned(),
        &Args::positional(vec![req]),
    )?;
    Ok(Called::Host(vm.pause_at(call)))
}

/// A path argument as text.
fn path_text(vm: &Vm, value: Value) -> RunResult<String> {
    vm.str_value(value)
        .ok_or_else(|| RunError::new(ExcKind::TypeError, "S3 filesystem paths must be str"))
}

/// `posix._s3()`: whether the Ctx's filesystem is S3 (`posix` then rebinds its
/// primitives to `_pyex_s3fs`'s).
#[expect(
    clippy::needless_pass_by_value,
    reason = "every builtin takes its Args by value"
)]
pub(crate) fn enabled(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("_s3")?;
    Ok(Value::Bool(matches!(vm.fs, super::Fs::S3(_))))
}

/// `open()` on an S3 filesystem: `_pyex_s3fs.open(*args, **kwargs)`, imported first.
pub(crate) fn open(vm: &mut Vm, args: Args) -> RunResult<Called> {
    let Some(import) = crate::builtins::lookup("builtins", "__import__") else {
        return Err(RunError::internal("no __import__"));
    };
    let import = vm.builtin_object(import);
    let module = vm.new_str("_pyex_s3fs".to_owned());
    let then = crate::eval::cont::Cont::CallAttr {
        name: "open".into(),
        args: args.positional,
        keywords: args.keywords,
    };
    vm.call_then(import, Args::positional(vec![module]), then)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stay_under_the_prefix() {
        let fs = S3Fs::new("b", "/tenants/42/");
        assert_eq!(fs.prefix, "tenants/42/");
        assert_eq!(fs.key("todos.json"), "tenants/42/todos.json");
        assert_eq!(fs.key("../../etc/passwd"), "tenants/42/etc/passwd");
        assert_eq!(fs.key("/a//b/./c"), "tenants/42/a/b/c");
        assert_eq!(fs.key("."), "tenants/42/");
        assert_eq!(S3Fs::new("b", "").key("x"), "x");
    }
}
