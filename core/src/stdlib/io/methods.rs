//! The methods of file objects (registered on `_IOBase`, the base of every
//! file class), with CPython's errors: `io.UnsupportedOperation: not
//! readable`, `ValueError: I/O operation on closed file.`

use super::file::{PyFile, Target};
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, NewArgs, NewException, RunError, RunResult};
use crate::fs::FileSystem;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

fn closed_error() -> RunError {
    RunError::new(ExcKind::ValueError, "I/O operation on closed file.")
}

/// The file behind `receiver`.
fn file(vm: &Vm, receiver: Value) -> RunResult<(ObjId, &PyFile)> {
    match receiver.as_obj().map(|id| (id, vm.heap.get(id))) {
        Some((id, Object::File(f))) => Ok((id, f)),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "descriptor requires a '_io._IOBase' object but received a '{}'",
                vm.type_name(receiver)
            ),
        )),
    }
}

/// The open file behind `receiver`, mutable.
fn open_file(vm: &mut Vm, receiver: Value) -> RunResult<&mut PyFile> {
    let (id, f) = file(vm, receiver)?;
    if f.closed {
        return Err(closed_error());
    }
    match vm.heap.get_mut(id) {
        Some(Object::File(f)) => Ok(f),
        _ => Err(RunError::internal("file lost")),
    }
}

/// An open file that may be read.
fn readable(vm: &mut Vm, receiver: Value) -> RunResult<&mut PyFile> {
    let ok = open_file(vm, receiver)?.readable;
    if !ok {
        return Err(vm.io_unsupported("not readable"));
    }
    open_file(vm, receiver)
}

/// The `size` argument of `read`/`readline`: `None` for "all".
fn size_arg(vm: &mut Vm, args: &Args, name: &str) -> RunResult<Option<usize>> {
    match args.between(name, 0, 1)?.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.int_arg(*v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// Text or bytes read from a file, as a Python value.
fn result(vm: &mut Vm, binary: bool, data: Vec<u8>) -> Value {
    if binary {
        Value::Obj(vm.heap.alloc(Object::Bytes(data)))
    } else {
        vm.new_str(String::from_utf8_lossy(&data).into_owned())
    }
}

/// `f.read(size=-1)`.
pub(crate) fn read(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let n = size_arg(vm, &args, "read")?;
    let f = readable(vm, receiver)?;
    let binary = f.binary;
    let data = f.read(n).to_vec();
    Ok(result(vm, binary, data))
}

/// `f.readline(size=-1)`.
pub(crate) fn readline(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let n = size_arg(vm, &args, "readline")?;
    let f = readable(vm, receiver)?;
    let binary = f.binary;
    let data = f.readline(n).to_vec();
    Ok(result(vm, binary, data))
}

/// `f.readlines()`.
pub(crate) fn readlines(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let hint = match args.between("readlines", 0, 1)?.first() {
        None | Some(Value::None) => None,
        Some(v) => usize::try_from(vm.int_arg(*v)?).ok().filter(|n| *n > 0),
    };
    let f = readable(vm, receiver)?;
    let binary = f.binary;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = f.readline(None).to_vec();
        if line.is_empty() {
            break;
        }
        total += if binary {
            line.len()
        } else {
            String::from_utf8_lossy(&line).chars().count()
        };
        lines.push(line);
        // `readlines(hint)` stops once the lines read reach `hint` in size.
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    let items = lines.into_iter().map(|l| result(vm, binary, l)).collect();
    Ok(vm.new_list(items))
}

/// `next(f)`: the next line, `StopIteration` at the end.
pub(crate) fn next(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("__next__")?;
    let f = readable(vm, receiver)?;
    let binary = f.binary;
    let line = f.readline(None).to_vec();
    f.telling_disabled = !binary && !line.is_empty();
    if line.is_empty() {
        return Err(RunError::New(Box::new(NewException {
            kind: ExcKind::StopIteration,
            args: NewArgs::Empty,
        })));
    }
    Ok(result(vm, binary, line))
}

/// `iter(f)`: an iterator over the remaining lines (read at once: the file
/// is in memory; the position moves to the end, as after a full loop).
pub(crate) fn iter_lines(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let lines = readlines(vm, receiver, args)?;
    let items = vm.list_items(lines)?;
    let iter = crate::value::iter::Iter::Values { items, index: 0 };
    Ok(Value::Obj(vm.heap.alloc(Object::Iter(iter))))
}

/// `f.__enter__()`: the file itself, if open.
pub(crate) fn iter_self(vm: &mut Vm, receiver: Value, _: Args) -> RunResult<Value> {
    open_file(vm, receiver)?;
    Ok(receiver)
}

/// `f.write(s)`: the number of characters (bytes) written.
pub(crate) fn write(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [data] = args.exact("write")?;
    let (id, _) = file(vm, receiver)?;
    write_text(vm, id, data)
}

/// Writes `data` to file `id` (also `print(file=f)`).
pub(crate) fn write_text(vm: &mut Vm, id: ObjId, data: Value) -> RunResult<Value> {
    let f = open_file(vm, Value::Obj(id))?;
    let (binary, writable) = (f.binary, f.writable);
    if !writable {
        return Err(vm.io_unsupported("not writable"));
    }
    let (bytes, count) = match (binary, data.as_obj().map(|d| vm.heap.get(d))) {
        (true, Some(Object::Bytes(b))) => (b.clone(), b.len()),
        (true, _) => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(data)
                ),
            ))
        }
        (false, Some(Object::Str(s))) => {
            let text = s.as_str().to_owned();
            let count = text.chars().count();
            (text.into_bytes(), count)
        }
        (false, _) => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!("write() argument must be str, not {}", vm.type_name(data)),
            ))
        }
    };
    let target = open_file(vm, Value::Obj(id))?.target.clone();
    if matches!(target, Target::Stdout | Target::Stderr) {
        vm.check_output(bytes.len())?;
    }
    match target {
        Target::Stdout => vm.stdout.push_str(&String::from_utf8_lossy(&bytes)),
        Target::Stderr => vm.stderr.push_str(&String::from_utf8_lossy(&bytes)),
        Target::Stdin => return Err(vm.io_unsupported("not writable")),
        Target::Path(path) => write_path(vm, id, &path, bytes)?,
    }
    Ok(Value::Int(count as i64))
}

/// Updates the file's content and the filesystem (appending when writing at the end).
fn write_path(vm: &mut Vm, id: ObjId, path: &str, bytes: Vec<u8>) -> RunResult<()> {
    let f = open_file(vm, Value::Obj(id))?;
    let (stored, piece) = if f.binary {
        (bytes.clone(), bytes)
    } else {
        let text = f.translate_out(&String::from_utf8_lossy(&bytes));
        let piece = f.encoding.encode(&text)?;
        (text.into_bytes(), piece)
    };
    let at_end = f.append || f.pos >= f.content.len();
    f.write_buffered(&stored);
    let whole = if at_end {
        None
    } else if f.binary {
        Some(f.content.clone())
    } else {
        Some(f.encoding.encode(&String::from_utf8_lossy(&f.content))?)
    };
    let (old, new) = match &whole {
        None => (0, piece.len()),
        Some(all) => (vm.fs.stat(path).map_or(0, |m| m.size as usize), all.len()),
    };
    vm.check_fs_growth(old, new)?;
    let done = match whole {
        None => vm.fs.append(path, &piece),
        Some(all) => vm.fs.write(path, &all),
    };
    done.map_err(|e| e.to_run_error(path))
}

/// `f.writelines(lines)`.
pub(crate) fn writelines(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [lines] = args.exact("writelines")?;
    let (id, _) = file(vm, receiver)?;
    for line in vm.collect_values(lines)? {
        write_text(vm, id, line)?;
    }
    Ok(Value::None)
}

/// `f.truncate(size=None)`: cuts (or zero-extends) the file at `size`, by
/// default the current position; the position does not move.
pub(crate) fn truncate(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let size = match args.between("truncate", 0, 1)?.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.int_arg(*v)?),
    };
    let f = open_file(vm, receiver)?;
    if !f.writable {
        return Err(vm.io_unsupported("truncate"));
    }
    let size = size.unwrap_or(f.pos as i64);
    let Ok(len) = usize::try_from(size) else {
        return Err(RunError::new(
            ExcKind::ValueError,
            format!("negative size value {size}"),
        ));
    };
    f.content.resize(len, 0);
    let whole = if f.binary {
        f.content.clone()
    } else {
        f.encoding.encode(&String::from_utf8_lossy(&f.content))?
    };
    if let Target::Path(path) = f.target.clone() {
        vm.fs
            .write(&path, &whole)
            .map_err(|e| e.to_run_error(&path))?;
    }
    Ok(Value::Int(size))
}

/// `f.seek(offset, whence=0)`: the new position.
pub(crate) fn seek(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let given = args.between("seek", 1, 2)?;
    let offset = vm.int_arg(given[0])?;
    let whence = match given.get(1) {
        Some(v) => vm.int_arg(*v)?,
        None => 0,
    };
    let f = open_file(vm, receiver)?;
    let (binary, len, pos) = (f.binary, f.content.len() as i64, f.pos as i64);
    let new = match whence {
        0 if offset < 0 && binary => {
            return Err(RunError::new(
                ExcKind::OSError,
                "[Errno 22] Invalid argument",
            ))
        }
        0 if offset < 0 => {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!("negative seek position {offset}"),
            ))
        }
        0 => offset,
        1 | 2 if !binary && offset != 0 => {
            let which = if whence == 1 { "cur" } else { "end" };
            return Err(vm.io_unsupported(&format!("can't do nonzero {which}-relative seeks")));
        }
        1 => pos + offset,
        2 => len + offset,
        _ => {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!("invalid whence ({whence}, should be 0, 1 or 2)"),
            ))
        }
    };
    let new = usize::try_from(new.max(0)).unwrap_or(0);
    let f = open_file(vm, receiver)?;
    if binary {
        f.pos = new;
        return Ok(Value::Int(new as i64));
    }
    // Text files seek to a `tell()` cookie (whence 0) or to the current
    // position or the end (whence 1, 2), and return the cookie.
    f.pos = if whence == 0 {
        f.pos_of_cookie(new)
    } else {
        new
    };
    Ok(Value::Int(f.text_cookie(f.pos) as i64))
}

/// `f.tell()`.
pub(crate) fn tell(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("tell")?;
    let f = open_file(vm, receiver)?;
    if f.binary {
        return Ok(Value::Int(f.pos as i64));
    }
    if f.telling_disabled {
        return Err(RunError::new(
            ExcKind::OSError,
            "telling position disabled by next() call",
        ));
    }
    Ok(Value::Int(f.text_cookie(f.pos) as i64))
}

/// `f.close()` (closing twice is fine).
pub(crate) fn close(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("close")?;
    let (id, _) = file(vm, receiver)?;
    if let Some(Object::File(f)) = vm.heap.get_mut(id) {
        f.closed = true;
    }
    Ok(Value::None)
}

/// `f.__exit__(*exc)`: closes; never suppresses.
pub(crate) fn exit(vm: &mut Vm, receiver: Value, _: Args) -> RunResult<Value> {
    close(vm, receiver, Args::positional(Vec::new()))
}

/// `f.flush()`: writes already reached the filesystem.
pub(crate) fn flush(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("flush")?;
    open_file(vm, receiver)?;
    Ok(Value::None)
}

/// `f.readable()`.
pub(crate) fn is_readable(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("readable")?;
    Ok(Value::Bool(open_file(vm, receiver)?.readable))
}

/// `f.writable()`.
pub(crate) fn is_writable(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("writable")?;
    Ok(Value::Bool(open_file(vm, receiver)?.writable))
}

/// `f.seekable()`.
pub(crate) fn seekable(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("seekable")?;
    let f = open_file(vm, receiver)?;
    Ok(Value::Bool(matches!(f.target, Target::Path(_))))
}

/// The data attributes: `closed`, `name`, `mode`, `encoding` (text files).
pub(crate) fn attribute(vm: &mut Vm, id: ObjId, name: &str) -> Option<Value> {
    let Object::File(f) = vm.heap.get(id) else {
        return None;
    };
    match name {
        "closed" => Some(Value::Bool(f.closed)),
        "name" => {
            let n = f.name.clone();
            Some(vm.new_str(n))
        }
        "mode" => {
            let m = if f.binary {
                f.mode.replace('t', "")
            } else {
                f.mode.clone()
            };
            Some(vm.new_str(m))
        }
        "encoding" if !f.binary => {
            let e = f.encoding_label.clone();
            Some(vm.new_str(e))
        }
        _ => None,
    }
}
