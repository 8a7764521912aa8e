//! `sys`. <https://docs.python.org/3/library/sys.html>
//!
//! Everything is about the interpreter itself: no process access. `argv`
//! comes from `Options::argv`, `modules` mirrors the import cache, and the
//! struct sequences (`version_info`, `float_info`, `implementation`) are
//! small Python classes (the module's Python tail) with CPython's reprs.

use super::{int_arg, Const, NativeModule};
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, NewArgs, NewException, RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// The module: constants, then [`init`], then [`PYTHON`].
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "sys",
    constants: &[
        ("platform", Const::Str("linux")),
        ("byteorder", Const::Str("little")),
        ("maxsize", Const::Int(i64::MAX)),
        ("maxunicode", Const::Int(0x0010_FFFF)),
        (
            "version",
            Const::Str("3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"),
        ),
        ("hexversion", Const::Int(0x030B_07F0)),
        ("api_version", Const::Int(1013)),
        ("executable", Const::Str("/usr/local/bin/python3")),
        ("prefix", Const::Str("/usr/local")),
        (
            "copyright",
            Const::Str("Copyright (c) 2001-2023 Python Software Foundation."),
        ),
    ],
    init: Some(init),
    python: Some(PYTHON),
};

/// The struct sequences, written in Python.
const PYTHON: &str = r#"
class _StructSeq:
    _name = ''
    _fields = ()
    def __init__(self, *values):
        self._values = values
        for name, value in zip(self._fields, values):
            setattr(self, name, value)
    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self._values))
        return f'{self._name}({inner})'
    def __iter__(self):
        return iter(self._values)
    def __len__(self):
        return len(self._values)
    def __getitem__(self, i):
        return self._values[i]
    def __hash__(self):
        return hash(self._values)
    def __eq__(self, other):
        return self._values == tuple(other)
    def __ne__(self, other):
        return self._values != tuple(other)
    def __lt__(self, other):
        return self._values < tuple(other)
    def __le__(self, other):
        return self._values <= tuple(other)
    def __gt__(self, other):
        return self._values > tuple(other)
    def __ge__(self, other):
        return self._values >= tuple(other)

class _VersionInfo(_StructSeq):
    _name = 'sys.version_info'
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')

class _FloatInfo(_StructSeq):
    _name = 'sys.float_info'
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
               'dig', 'mant_dig', 'epsilon', 'radix', 'rounds')

class _IntInfo(_StructSeq):
    _name = 'sys.int_info'
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
               'str_digits_check_threshold')

class _Implementation:
    def __init__(self):
        self.name = 'cpython'
        self.cache_tag = 'cpython-311'
        self.version = version_info
        self.hexversion = hexversion
    def __repr__(self):
        return (f"namespace(name='cpython', cache_tag='cpython-311', "
                f"version={self.version!r}, hexversion={self.hexversion})")

version_info = _VersionInfo(3, 11, 7, 'final', 0)
float_info = _FloatInfo(1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                        -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1)
int_info = _IntInfo(30, 4, 4300, 640)
implementation = _Implementation()
warnoptions = []
del _StructSeq, _VersionInfo, _FloatInfo, _IntInfo, _Implementation
"#;

/// The attributes that live on the heap: `argv`, `modules`, `path`, the streams.
fn init(vm: &mut Vm, module: ObjId) -> RunResult<()> {
    let argv = vm.sys_argv();
    vm.set_module_attr(module, "argv", argv);
    let root = vm.new_str("/".to_owned());
    let path = vm.new_list(vec![root]);
    vm.set_module_attr(module, "path", path);
    let modules = vm.sys_modules_table();
    vm.set_module_attr(module, "modules", modules);
    crate::stdlib::io::install_streams(vm, module)?;
    Ok(())
}

impl Vm {
    /// A new `sys.argv`: the options' arguments, as a list of str.
    pub(crate) fn sys_argv(&mut self) -> Value {
        let argv: Vec<Value> = self
            .argv
            .clone()
            .into_iter()
            .map(|a| self.new_str(a))
            .collect();
        self.new_list(argv)
    }

    /// A new `sys.modules`: this `Ctx`'s imported modules by name.
    pub(crate) fn sys_modules_table(&mut self) -> Value {
        let modules = self.new_dict();
        let entries: Vec<_> = self.modules.iter().map(|(n, id)| (n.clone(), id)).collect();
        for (name, id) in entries {
            let key = self.new_str(String::from(&*name));
            // A str key always hashes.
            let _ = self.dict_set(modules, key, Value::Obj(id));
        }
        modules
    }

    /// Mirrors a newly registered module into `sys.modules` (once `sys` exists).
    pub(crate) fn sys_modules_add(&mut self, name: &str, id: ObjId) {
        if let Some(dict) = self.sys_modules_dict() {
            let key = self.new_str(name.to_owned());
            // A str key always hashes.
            let _ = self.dict_set(dict, key, Value::Obj(id));
        }
    }

    /// The object `sys.modules` is bound to, once `sys` is imported.
    pub(crate) fn sys_modules_dict(&mut self) -> Option<Value> {
        let sys = self.cached_module("sys")?;
        let sym = self.interner.intern("modules");
        match self.module_attr(sys, sym) {
            Some(dict @ Value::Obj(_)) => Some(dict),
            _ => None,
        }
    }
}

impl Vm {
    /// Drops a module whose code failed from the import cache and `sys.modules`.
    pub(crate) fn forget_module(&mut self, name: &str) {
        self.modules.remove(name);
        let Some(sys) = self.cached_module("sys") else {
            return;
        };
        let sym = self.interner.intern("modules");
        if let Some(Value::Obj(dict)) = self.module_attr(sys, sym) {
            let key = self.new_str(name.to_owned());
            let _ = self.dict_remove(dict, key);
        }
    }
}

/// `sys.exit([status])`: raises `SystemExit(status)`.
pub(crate) fn exit(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let arg = args.between("exit", 0, 1)?;
    let args = match arg.first() {
        Some(v) => NewArgs::Value(*v),
        None => NewArgs::Empty,
    };
    let _ = vm;
    Err(RunError::New(Box::new(NewException {
        kind: ExcKind::SystemExit,
        args,
    })))
}

/// `sys.getrecursionlimit()`.
pub(crate) fn getrecursionlimit(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("getrecursionlimit")?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// `sys.setrecursionlimit(n)`: the VM's frame limit (Python frames live in the heap,
/// so a deep limit costs memory, never the Rust stack).
pub(crate) fn setrecursionlimit(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [n] = args.exact("setrecursionlimit")?;
    if matches!(n, Value::Float(_)) {
        return Err(RunError::new(
            ExcKind::TypeError,
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_arg(vm, n)?;
    if n < 1 {
        return Err(RunError::new(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        ));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    if n <= vm.depth {
        return Err(RunError::new(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.recursion_limit = n;
    Ok(Value::None)
}

/// `sys.intern(s)`.
pub(crate) fn intern(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [s] = args.exact("intern")?;
    if vm.str_value(s).is_none() {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("intern() argument must be str, not {}", vm.type_name(s)),
        ));
    }
    Ok(s)
}

/// `sys.getsizeof(obj)`: CPython's sizes for common objects, an estimate otherwise.
pub(crate) fn getsizeof(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let obj = *args
        .between("getsizeof", 1, 2)?
        .first()
        .ok_or_else(|| RunError::internal("getsizeof arity"))?;
    let size = match obj {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(0) | Value::Float(_) => 24,
        Value::Int(i) => 24 + 4 * (i.unsigned_abs().ilog2() as usize / 30 + 1),
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Str(s) if s.as_str().is_ascii() => 49 + s.as_str().len(),
            Object::Str(s) => 74 + 4 * s.as_str().chars().count(),
            Object::List(items) => 56 + 8 * items.capacity(),
            Object::Tuple(items) => 40 + 8 * items.len(),
            Object::Bytes(b) => 33 + b.len(),
            other => other.size_bytes(),
        },
    };
    Ok(Value::Int(size as i64))
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled.
pub(crate) fn exc_info(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("exc_info")?;
    let items = match vm.handled {
        Some(exc) => {
            let tb = exc.as_obj().map_or(Value::None, |id| vm.traceback_of(id));
            vec![Value::Obj(vm.type_of(exc)), exc, tb]
        }
        None => vec![Value::None; 3],
    };
    Ok(vm.new_tuple(items))
}

/// `sys.exception()` is 3.12; `sys.getdefaultencoding()` is always `'utf-8'`.
pub(crate) fn getdefaultencoding(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("getdefaultencoding")?;
    Ok(vm.new_str("utf-8".to_owned()))
}
