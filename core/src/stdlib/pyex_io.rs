//! `_pyex_io`: I/O requests (not a CPython module). `http(req)`, `sql(req)`
//! and `s3(req)` take a plain request dict, check it against the host's
//! grants (the gate, `io/mod.rs`) and pause the run with an I/O host call
//! whose reply becomes their return value. The stdlib modules `requests`,
//! `sql` and `boto3` build the dicts; a program calling `_pyex_io` directly
//! meets the same gate.

use super::NativeModule;
use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::host::{HostCall, HostValue};
use crate::io::{url, CAPABILITY_S3, CAPABILITY_SQL, IO_MODULE};
use crate::value::Value;

/// The module (functions only).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: IO_MODULE,
    constants: &[],
    init: None,
    python: None,
};

/// `_pyex_io.http(req)`: `req["method"]` (default `"GET"`) on `req["url"]`
/// must be granted by a network grant.
pub(crate) fn http(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let call = request(vm, "http", args)?;
    let method = field_str(&call, "method")?.unwrap_or("GET");
    let Some(target) = field_str(&call, "url")? else {
        return Err(RunError::new(
            ExcKind::TypeError,
            "http() request needs a 'url' str",
        ));
    };
    url::check_network(&vm.grants, method, target)
        .map_err(|why| RunError::new(ExcKind::PermissionError, why))?;
    Ok(Called::Host(vm.pause_at(call)))
}

/// `_pyex_io.sql(req)`: needs capability `"sql"`.
pub(crate) fn sql(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let call = request(vm, "sql", args)?;
    require_capability(vm, CAPABILITY_SQL)?;
    Ok(Called::Host(vm.pause_at(call)))
}

/// `_pyex_io.s3(req)`: needs capability `"boto3"`; an `endpoint_url` the
/// program chose must be the grants' `AWS_ENDPOINT_URL` or granted by the network
/// grants for the operation's method (`io/s3_policy.rs`).
pub(crate) fn s3(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let call = request(vm, "s3", args)?;
    require_capability(vm, CAPABILITY_S3)?;
    if let Some(req) = call.args.first() {
        crate::io::s3_policy::check(req, &vm.grants)
            .map_err(|why| RunError::new(ExcKind::PermissionError, why))?;
    }
    Ok(Called::Host(vm.pause_at(call)))
}

/// The host call for `_pyex_io.<function>(req)` (not yet paused at): one
/// positional dict argument.
fn request(vm: &mut Vm, function: &str, args: Args) -> RunResult<HostCall> {
    let [req] = args.exact(function)?;
    if !matches!(
        req.as_obj().map(|id| vm.heap.get(id)),
        Some(crate::value::object::Object::Dict(_))
    ) {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "{function}() argument must be a dict, not {}",
                vm.type_name(req)
            ),
        ));
    }
    vm.host_call(
        IO_MODULE.to_owned(),
        function.to_owned(),
        &Args::positional(vec![req]),
    )
}

/// `PermissionError` unless the host granted capability `name`.
fn require_capability(vm: &Vm, name: &str) -> RunResult<()> {
    if vm.grants.has_capability(name) {
        return Ok(());
    }
    Err(RunError::new(
        ExcKind::PermissionError,
        format!("capability {name:?} is not granted"),
    ))
}

/// The str value of `req[key]` (`None` when absent or `None`); a
/// `TypeError` when it is something else.
fn field_str<'c>(call: &'c HostCall, key: &str) -> RunResult<Option<&'c str>> {
    let Some(HostValue::Dict(entries)) = call.args.first() else {
        return Ok(None);
    };
    match entries
        .iter()
        .find(|(k, _)| matches!(k, HostValue::Str(k) if k == key))
    {
        None | Some((_, HostValue::None)) => Ok(None),
        Some((_, HostValue::Str(s))) => Ok(Some(s)),
        Some(_) => Err(RunError::new(
            ExcKind::TypeError,
            format!("{}() request field '{key}' must be a str", call.function),
        )),
    }
}
