//! `_io` (re-exported by the Python `io` module, which adds `StringIO` and
//! `BytesIO`) and `open()`: file objects over the Ctx filesystem, and the
//! `sys.stdout`/`sys.stderr`/`sys.stdin` streams (which write to the captured
//! output). <https://docs.python.org/3/library/io.html>
//!
//! Source code layout:
//! - `mod.rs`: the module, its classes, `open()`, the streams, `print(file=)`.
//! - `file.rs`: [`PyFile`] state, modes, encodings, reading and writing.
//! - `methods.rs`: the methods of file objects.

mod file;
pub(crate) mod methods;

use file::{Encoding, Mode};
pub(crate) use file::{PyFile, Target};

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::fs::FileSystem;
use crate::value::class::{Class, Layout};
use crate::value::exception::Exception;
use crate::value::object::Object;
use crate::value::symbol::AttrMap;
use crate::value::{ObjId, Value};

/// The module: `open` (the builtin) and the file classes (made by [`init`]).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_io",
    constants: &[
        ("DEFAULT_BUFFER_SIZE", super::Const::Int(8192)),
        ("SEEK_SET", super::Const::Int(0)),
        ("SEEK_CUR", super::Const::Int(1)),
        ("SEEK_END", super::Const::Int(2)),
    ],
    init: Some(init),
    python: None,
};

/// The file classes under their base `_IOBase` (whose methods serve them all).
const CLASSES: &[&str] = &[
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
];

/// A builtin-like class of module `io`.
fn new_class(vm: &mut Vm, name: &str, bases: Vec<ObjId>, layout: Layout, builtin: bool) -> ObjId {
    let mut mro_tail: Vec<ObjId> = Vec::new();
    for base in &bases {
        for k in vm.class(*base).map(|c| c.mro.clone()).unwrap_or_default() {
            if !mro_tail.contains(&k) {
                mro_tail.push(k);
            }
        }
    }
    // Keep `object` (and other shared tails) last, as C3 would for these bases.
    let object = vm.types.object;
    mro_tail.retain(|k| *k != object);
    mro_tail.push(object);
    let id = vm.heap.alloc(Object::Class(std::sync::Arc::new(Class {
        name: name.into(),
        qualname: name.into(),
        module: "io".into(),
        bases,
        mro: Vec::new(),
        attrs: AttrMap::default(),
        layout,
        builtin,
        meta: None,
    })));
    let mut mro = vec![id];
    mro.extend(mro_tail);
    if let Some(c) = vm.heap.class_mut(id) {
        c.mro = mro;
    }
    id
}

/// Makes the file classes and `UnsupportedOperation(OSError, ValueError)`.
#[expect(
    clippy::unnecessary_wraps,
    reason = "every module init has the InitFn signature"
)]
fn init(vm: &mut Vm, module: ObjId) -> RunResult<()> {
    let object = vm.types.object;
    let base = new_class(vm, "_IOBase", vec![object], Layout::Object, true);
    // The protocol dunders live in the class namespace too, where `with`,
    // `for` and `next()` look for them.
    for dunder in ["__enter__", "__exit__", "__iter__", "__next__"] {
        if let Some(b) = crate::builtins::lookup("_IOBase", dunder) {
            let f = vm.builtin_object(b);
            let sym = vm.interner.intern(dunder);
            if let Some(c) = vm.heap.class_mut(base) {
                c.attrs.set(sym, f);
            }
            vm.type_cache.clear();
        }
    }
    vm.set_module_attr(module, "_IOBase", Value::Obj(base));
    for name in CLASSES {
        let class = new_class(vm, name, vec![base], Layout::Object, true);
        vm.set_module_attr(module, name, Value::Obj(class));
    }
    let bases = vec![
        vm.types.exception(ExcKind::OSError),
        vm.types.exception(ExcKind::ValueError),
    ];
    let unsupported = new_class(
        vm,
        "UnsupportedOperation",
        bases,
        Layout::Exception(ExcKind::OSError),
        false,
    );
    vm.set_module_attr(module, "UnsupportedOperation", Value::Obj(unsupported));
    if let Some(open) = crate::builtins::lookup("builtins", "open") {
        let open = vm.builtin_object(open);
        vm.set_module_attr(module, "open", open);
    }
    Ok(())
}

impl Vm {
    /// The `io` module, imported on first use (`open()` needs its classes).
    fn io_module(&mut self) -> RunResult<ObjId> {
        if let Some(id) = self.cached_module("_io") {
            return Ok(id);
        }
        self.import_native("_io")
    }

    /// A class of the `io` module by name.
    fn io_class(&mut self, name: &str) -> RunResult<ObjId> {
        let module = self.io_module()?;
        let sym = self.interner.intern(name);
        match self.module_attr(module, sym) {
            Some(Value::Obj(id)) => Ok(id),
            _ => Err(RunError::internal("io class missing")),
        }
    }

    /// `io.UnsupportedOperation(message)`, ready to raise.
    pub(crate) fn io_unsupported(&mut self, message: &str) -> RunError {
        let class = match self.io_class("UnsupportedOperation") {
            Ok(c) => c,
            Err(e) => return e,
        };
        let text = self.new_str(message.to_owned());
        let exc = Exception::new(class, ExcKind::OSError, vec![text]);
        RunError::Raised(self.heap.alloc(Object::Exception(Box::new(exc))))
    }

    /// A new file object.
    fn new_file(&mut self, class_name: &str, file: PyFile) -> RunResult<Value> {
        let class = self.io_class(class_name)?;
        Ok(Value::Obj(
            self.heap
                .alloc(Object::File(Box::new(PyFile { class, ..file }))),
        ))
    }

    /// `sys.stdout` when a program replaced it (`redirect_stdout`), else `None`.
    fn sys_stdout(&mut self) -> Option<Value> {
        let sys = self.cached_module("sys")?;
        let sym = self.interner.intern("stdout");
        let stdout = self.module_attr(sys, sym)?;
        match stdout.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::File(f)) if f.target == Target::Stdout => None,
            _ => Some(stdout),
        }
    }

    /// `print(..., file=f)` and friends: text to a stream, a file, or any object's `write`.
    pub(crate) fn write_to(&mut self, file: Option<Value>, text: &str) -> RunResult<()> {
        let file = match file {
            None | Some(Value::None) => match self.sys_stdout() {
                Some(f) => f,
                None => {
                    self.check_output(text.len())?;
                    self.stdout.push_str(text);
                    return Ok(());
                }
            },
            Some(f) => f,
        };
        if let Value::Obj(id) = file {
            if matches!(self.heap.get(id), Object::File(_)) {
                let s = self.new_str(text.to_owned());
                return methods::write_text(self, id, s).map(|_| ());
            }
        }
        let write = self.interner.intern("write");
        let method = self.get_attr(file, write)?;
        let s = self.new_str(text.to_owned());
        self.call_nested(method, vec![s]).map(|_| ())
    }
}

/// Sets `sys.stdout`, `sys.stderr`, `sys.stdin` (and the `__stdout__` aliases).
pub(crate) fn install_streams(vm: &mut Vm, sys: ObjId) -> RunResult<()> {
    let streams = [
        ("stdout", "<stdout>", "w", Target::Stdout),
        ("stderr", "<stderr>", "w", Target::Stderr),
        ("stdin", "<stdin>", "r", Target::Stdin),
    ];
    for (attr, name, mode, target) in streams {
        let reading = target == Target::Stdin;
        let file = PyFile {
            class: vm.types.object,
            target,
            name: name.to_owned(),
            mode: mode.to_owned(),
            encoding_label: "utf-8".to_owned(),
            binary: false,
            readable: reading,
            writable: !reading,
            append: false,
            content: Vec::new(),
            pos: 0,
            closed: false,
            encoding: Encoding::Utf8,
            newline: None,
            crlf_at: Vec::new(),
            telling_disabled: false,
        };
        let value = vm.new_file("TextIOWrapper", file)?;
        vm.set_module_attr(sys, attr, value);
        vm.set_module_attr(sys, &format!("__{attr}__"), value);
    }
    Ok(())
}

/// The keyword-or-positional arguments of `open()` after `file`.
const OPEN_PARAMS: &[&str] = &[
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

/// `open()` as registered: on an S3 filesystem, the Python implementation that reads and
/// writes through I/O pauses (`fs/s3.rs`); elsewhere [`builtin_open`].
pub(crate) fn builtin_open_called(
    vm: &mut Vm,
    receiver: Value,
    args: Args,
) -> RunResult<crate::eval::call::Called> {
    if matches!(vm.fs, crate::fs::Fs::S3(_)) {
        return crate::fs::s3::open(vm, args);
    }
    builtin_open(vm, receiver, args).map(crate::eval::call::Called::Value)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, ...)`.
pub(crate) fn builtin_open(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Value> {
    let mut params: Vec<Option<Value>> = vec![None; OPEN_PARAMS.len()];
    let mut positional = args.positional.clone().into_iter();
    let file = positional.next().or_else(|| args.take_keyword(vm, "file"));
    for (slot, v) in params.iter_mut().zip(positional.by_ref()) {
        *slot = Some(v);
    }
    if positional.next().is_some() {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "open() takes at most 8 arguments ({} given)",
                args.positional.len()
            ),
        ));
    }
    for (i, name) in OPEN_PARAMS.iter().enumerate() {
        if let Some(v) = args.take_keyword(vm, name) {
            params[i] = Some(v);
        }
    }
    args.no_more_keywords(vm, "open")?;
    let Some(file) = file else {
        return Err(RunError::new(
            ExcKind::TypeError,
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    let path = fspath(vm, file)?;
    let text_param = |vm: &Vm, i: usize, what: &str| -> RunResult<Option<String>> {
        match params[i] {
            None | Some(Value::None) => Ok(None),
            Some(v) => vm.str_value(v).map(Some).ok_or_else(|| {
                RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "open() argument '{what}' must be str or None, not {}",
                        vm.type_name(v)
                    ),
                )
            }),
        }
    };
    let mode_text = match params[0] {
        None => "r".to_owned(),
        Some(v) => vm.str_value(v).ok_or_else(|| {
            RunError::new(
                ExcKind::TypeError,
                format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(v)
                ),
            )
        })?,
    };
    let encoding = text_param(vm, 2, "encoding")?;
    let errors = text_param(vm, 3, "errors")?;
    let newline = text_param(vm, 4, "newline")?;
    let mode = Mode::parse(&mode_text)?;
    if mode.binary && errors.is_some() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "binary mode doesn't take an errors argument",
        ));
    }
    let errors = errors.filter(|e| e != "strict");
    open_file(vm, &path, &mode_text, mode, (encoding, errors), newline)
}

/// A path argument: a str, or an object with `__fspath__` (`pathlib.Path`).
fn fspath(vm: &mut Vm, file: Value) -> RunResult<String> {
    if let Some(text) = vm.str_value(file) {
        return Ok(text);
    }
    let not_path = |vm: &Vm| {
        RunError::new(
            ExcKind::TypeError,
            format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(file)
            ),
        )
    };
    let name = vm.interner.intern("__fspath__");
    let Some(method) = vm.lookup_type_attr(vm.type_of(file), name) else {
        return Err(not_path(vm));
    };
    let result = vm.call_nested(method, vec![file])?;
    vm.str_value(result).ok_or_else(|| not_path(vm))
}

/// Opens `path` on the Ctx filesystem once the arguments are checked.
fn open_file(
    vm: &mut Vm,
    path: &str,
    mode_text: &str,
    mode: Mode,
    (encoding, errors): (Option<String>, Option<String>),
    newline: Option<String>,
) -> RunResult<Value> {
    if mode.binary && encoding.is_some() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "binary mode doesn't take an encoding argument",
        ));
    }
    if mode.binary && newline.is_some() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "binary mode doesn't take a newline argument",
        ));
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!("illegal newline value: {nl}"),
            ));
        }
    }
    let codec = match &encoding {
        Some(name) => Encoding::from_name(name)?,
        None => Encoding::Utf8,
    };
    vm.check_open_files()?;
    let fail = |e: crate::fs::FsError| e.to_run_error(path);
    let raw = if mode.read {
        vm.fs.read(path).map_err(fail)?
    } else if mode.append {
        if vm.fs.is_dir(path) {
            return Err(fail(crate::fs::FsError::new(
                crate::fs::FsErrorKind::IsADirectory,
            )));
        }
        vm.fs.append(path, b"").map_err(fail)?;
        vm.fs.read(path).map_err(fail)?
    } else {
        if mode.create && vm.fs.exists(path) {
            return Err(fail(crate::fs::FsError::new(
                crate::fs::FsErrorKind::Exists,
            )));
        }
        vm.fs.write(path, b"").map_err(fail)?;
        Vec::new()
    };
    let mut file = PyFile {
        class: vm.types.object,
        target: Target::Path(path.to_owned()),
        name: path.to_owned(),
        mode: mode_text.to_owned(),
        encoding_label: encoding.unwrap_or_else(|| "UTF-8".to_owned()),
        binary: mode.binary,
        readable: mode.read || mode.plus,
        writable: !mode.read || mode.plus,
        append: mode.append,
        content: Vec::new(),
        pos: 0,
        closed: false,
        encoding: codec,
        newline,
        crlf_at: Vec::new(),
        telling_disabled: false,
    };
    file.content = if mode.binary {
        raw
    } else {
        let text = match errors {
            // A handler other than `strict` goes through the codec registry.
            Some(errors) => crate::builtins::codecs::decode(&raw, codec.name(), &errors)?,
            None => codec.decode(&raw)?,
        };
        file.translate_in(text).into_bytes()
    };
    if mode.append {
        file.pos = file.content.len();
    }
    vm.new_file(mode.class_name(), file)
}

/// `repr()` of a file object.
pub(crate) fn file_repr(file: &PyFile, class_name: &str) -> String {
    let name = crate::value::repr::str_repr(&file.name);
    if file.binary {
        format!("<_io.{class_name} name={name}>")
    } else {
        let mode = crate::value::repr::str_repr(&file.mode);
        let encoding = crate::value::repr::str_repr(&file.encoding_label);
        format!("<_io.{class_name} name={name} mode={mode} encoding={encoding}>")
    }
}
