//! `posix`: the filesystem primitives `os` (Python, `python/os.py`) is built
//! on, over the Ctx filesystem. <https://docs.python.org/3/library/os.html>

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::fs::FileSystem;
use crate::value::Value;

/// The module (functions; `os.py` adds the rest). On an S3 filesystem its primitives
/// are `_pyex_s3fs`'s, which pause for I/O (`fs/s3.rs`).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "posix",
    constants: &[],
    init: None,
    python: Some(
        "if _s3():\n    from _pyex_s3fs import listdir, mkdir, rmdir, remove, rename, stat, _kind\n",
    ),
};

/// A path argument: a str (`os.py` turns an `os.PathLike` into one first).
fn path_arg(vm: &Vm, v: Value, func: &str) -> RunResult<String> {
    named_path_arg(vm, v, func, "path")
}

/// [`path_arg`] for a function whose path parameter has another name
/// (`rename: src should be ...`).
fn named_path_arg(vm: &Vm, v: Value, func: &str, name: &str) -> RunResult<String> {
    vm.str_value(v).ok_or_else(|| {
        RunError::new(
            ExcKind::TypeError,
            format!(
                "{func}: {name} should be string, bytes or os.PathLike, not {}",
                vm.type_name(v)
            ),
        )
    })
}

/// `os.listdir(path='.')`: names in arbitrary order (sorted here).
pub(crate) fn listdir(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let path = match args.between("listdir", 0, 1)?.first() {
        Some(v) => path_arg(vm, *v, "listdir")?,
        None => ".".to_owned(),
    };
    let names = vm.fs.list_dir(&path).map_err(|e| e.to_run_error(&path))?;
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// `os.mkdir(path)`.
pub(crate) fn mkdir(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let given = args.between("mkdir", 1, 2)?;
    let path = path_arg(vm, given[0], "mkdir")?;
    vm.fs.mkdir(&path).map_err(|e| e.to_run_error(&path))?;
    Ok(Value::None)
}

/// `os.rmdir(path)`.
pub(crate) fn rmdir(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [path] = args.exact("rmdir")?;
    let path = path_arg(vm, path, "rmdir")?;
    vm.fs.rmdir(&path).map_err(|e| e.to_run_error(&path))?;
    Ok(Value::None)
}

/// `os.remove(path)` / `os.unlink(path)`.
pub(crate) fn remove(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [path] = args.exact("remove")?;
    let path = path_arg(vm, path, "remove")?;
    vm.fs.remove(&path).map_err(|e| e.to_run_error(&path))?;
    Ok(Value::None)
}

/// `os.rename(src, dst)` / `os.replace(src, dst)`.
pub(crate) fn rename(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [src, dst] = args.exact("rename")?;
    let src = named_path_arg(vm, src, "rename", "src")?;
    let dst = named_path_arg(vm, dst, "rename", "dst")?;
    vm.fs
        .rename(&src, &dst)
        .map_err(|e| e.to_run_error2(&src, &dst))?;
    Ok(Value::None)
}

/// `posix.stat(path)`: `(mode, size, mtime)` (`os.stat` wraps it in a `stat_result`).
pub(crate) fn stat(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [path] = args.exact("stat")?;
    let path = path_arg(vm, path, "stat")?;
    let meta = vm.fs.stat(&path).map_err(|e| e.to_run_error(&path))?;
    let mode = if meta.is_dir { 0o40755 } else { 0o100_644 };
    let size = i64::try_from(meta.size).unwrap_or(i64::MAX);
    let mtime = i64::try_from(meta.mtime).unwrap_or(0);
    Ok(vm.new_tuple(vec![Value::Int(mode), Value::Int(size), Value::Int(mtime)]))
}

/// `posix._kind(path)`: 0 missing, 1 file, 2 directory (for `os.path.exists/isfile/isdir`).
pub(crate) fn kind(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [path] = args.exact("_kind")?;
    let Some(path) = vm.str_value(path) else {
        return Ok(Value::Int(0));
    };
    let kind = if vm.fs.is_dir(&path) {
        2
    } else {
        i64::from(vm.fs.exists(&path))
    };
    Ok(Value::Int(kind))
}

/// `os.getcwd()`: the root of the Ctx filesystem.
pub(crate) fn getcwd(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("getcwd")?;
    Ok(vm.new_str("/".to_owned()))
}
