//! `compile()` and the source-to-program step that `eval`/`exec` share.
//!
//! A code object made by `compile()` is an instance of class `code` carrying
//! the `co_*` fields CPython shows plus two hidden attributes: the index of
//! the loaded program and the mode it was compiled in. `eval`/`exec` run it
//! without compiling again; a SyntaxError is raised by `compile()` itself.

use crate::compile::Program;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::syntax::ast::Stmt;
use crate::value::class::Instance;
use crate::value::object::Object;
use crate::value::symbol::AttrMap;
use crate::value::Value;

/// The name an `eval` stores its result under inside the temporary module.
pub(crate) const RESULT: &str = "__pyex_eval_result__";
/// Hidden attribute of a compiled code object: its loaded program index.
const PROGRAM_ATTR: &str = "__pyex_program__";
/// Hidden attribute of a compiled code object: `exec`, `eval` or `single`.
const MODE_ATTR: &str = "__pyex_mode__";

/// What `eval`/`exec` run: a loaded program and the mode it was compiled in.
pub(crate) struct Compiled {
    /// Index of the program in the VM's loaded programs.
    pub program: u32,
    /// `exec`, `eval` or `single`: decides whether a result is stored/shown.
    pub mode: &'static str,
}

/// <https://docs.python.org/3/library/functions.html#compile>
pub(crate) fn builtin_compile(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let bound = args.bind(vm, "compile", &names, 3)?;
    let source = bound[0].unwrap_or(Value::None);
    let text = match (vm.str_value(source), vm.buffer(source)) {
        (Some(t), _) => t,
        (None, Some(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                "compile() arg 1 must be a string, bytes or AST object",
            ))
        }
    };
    let filename_value = bound[1].unwrap_or(Value::None);
    let Some(filename) = vm.str_value(filename_value) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(filename_value)
            ),
        ));
    };
    let mode_value = bound[2].unwrap_or(Value::None);
    let mode = match vm.str_value(mode_value).as_deref() {
        Some("exec") => "exec",
        Some("eval") => "eval",
        Some("single") => "single",
        Some(_) => {
            return Err(RunError::new(
                ExcKind::ValueError,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        None => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "compile() argument 'mode' must be str, not {}",
                    vm.type_name(mode_value)
                ),
            ))
        }
    };
    let program = compile_source(vm, &text, mode, &filename)?;
    let index = vm.load(&program);
    code_value(vm, index, mode, &filename)
}

/// A `code` instance for a program compiled by `compile()`.
fn code_value(vm: &mut Vm, index: u32, mode: &str, filename: &str) -> RunResult<Value> {
    let mut attrs = AttrMap::default();
    let fields = [
        (PROGRAM_ATTR, Value::Int(i64::from(index))),
        (MODE_ATTR, vm.new_str(mode.to_owned())),
        ("co_filename", vm.new_str(filename.to_owned())),
        ("co_name", vm.new_str("<module>".to_owned())),
        ("co_qualname", vm.new_str("<module>".to_owned())),
        ("co_argcount", Value::Int(0)),
        ("co_posonlyargcount", Value::Int(0)),
        ("co_kwonlyargcount", Value::Int(0)),
        ("co_firstlineno", Value::Int(1)),
        ("co_flags", Value::Int(0)),
    ];
    for (name, value) in fields {
        let sym = vm.interner.intern(name);
        attrs.set(sym, value);
    }
    let empty = vm.new_tuple(Vec::new());
    for name in ["co_varnames", "co_freevars", "co_cellvars"] {
        let sym = vm.interner.intern(name);
        attrs.set(sym, empty);
    }
    let mut instance = Instance::new(vm.types.code);
    instance.attrs = attrs;
    Ok(Value::Obj(vm.heap.alloc(Object::Instance(instance))))
}

/// The program and mode of a code object made by `compile()` (None for
/// anything else, including the `__code__` of functions).
pub(crate) fn compiled_of(vm: &mut Vm, value: Value) -> Option<Compiled> {
    let id = value.as_obj()?;
    let program_sym = vm.interner.intern(PROGRAM_ATTR);
    let mode_sym = vm.interner.intern(MODE_ATTR);
    let (program, mode) = match vm.heap.get(id) {
        Object::Instance(i) if i.class == vm.types.code => {
            (i.attrs.get(program_sym)?, i.attrs.get(mode_sym)?)
        }
        _ => return None,
    };
    let Value::Int(program) = program else {
        return None;
    };
    let mode = match vm.str_value(mode).as_deref() {
        Some("eval") => "eval",
        Some("single") => "single",
        _ => "exec",
    };
    Some(Compiled {
        program: u32::try_from(program).ok()?,
        mode,
    })
}

/// Compiles `text` as `filename` in `mode`: `eval` accepts a single
/// expression, `single` a single statement (an expression statement's value
/// is stored under [`RESULT`] so the caller can display it).
pub(crate) fn compile_source(
    vm: &mut Vm,
    text: &str,
    mode: &str,
    filename: &str,
) -> RunResult<Program> {
    let err = |vm: &mut Vm, e: &crate::syntax::SyntaxError, text: &str| {
        // The parse gave up at the run's time limit: not the program's error.
        if crate::syntax::deadline::take_expired() {
            return crate::limits::timeout();
        }
        let src = Source {
            text,
            filename,
            mode,
        };
        syntax_error(vm, &e.msg, e.lineno, e.offset, &src)
    };
    match mode {
        "eval" => {
            let text = text.trim_start_matches([' ', '\t']);
            if text.trim().is_empty() || starts_with_statement(text) {
                let line = u32::from(!text.trim().is_empty());
                return Err(syntax_error(
                    vm,
                    "invalid syntax",
                    line,
                    i32::from(line != 0),
                    &Source {
                        text,
                        filename,
                        mode,
                    },
                ));
            }
            let module = crate::syntax::parse_module(text).map_err(|e| err(vm, &e, text))?;
            if !matches!(module.body.as_slice(), [Stmt::Expr(_)]) {
                let src = Source {
                    text,
                    filename,
                    mode,
                };
                return Err(syntax_error(vm, "invalid syntax", 1, 1, &src));
            }
            let wrapped = format!("{RESULT} = {text}");
            Program::compile(&wrapped, filename).map_err(|e| err(vm, &e, text))
        }
        "single" => {
            let module = crate::syntax::parse_module(text).map_err(|e| err(vm, &e, text))?;
            match module.body.as_slice() {
                [Stmt::Expr(_)] => {
                    let wrapped = format!("{RESULT} = {}", text.trim_start());
                    Program::compile(&wrapped, filename).map_err(|e| err(vm, &e, text))
                }
                [_] | [] => Program::compile(text, filename).map_err(|e| err(vm, &e, text)),
                _ => {
                    let first = text.lines().next().unwrap_or("");
                    let offset = i32::try_from(first.len() + 1).unwrap_or(1);
                    Err(syntax_error(
                        vm,
                        "multiple statements found while compiling a single statement",
                        1,
                        offset,
                        &Source {
                            text,
                            filename,
                            mode,
                        },
                    ))
                }
            }
        }
        _ => Program::compile(text, filename).map_err(|e| err(vm, &e, text)),
    }
}

/// Whether `text` starts with a statement keyword (not valid in `eval`).
fn starts_with_statement(text: &str) -> bool {
    let first_word = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    matches!(
        first_word,
        "def"
            | "class"
            | "import"
            | "from"
            | "if"
            | "for"
            | "while"
            | "with"
            | "try"
            | "return"
            | "del"
            | "pass"
            | "break"
            | "continue"
            | "raise"
            | "global"
            | "nonlocal"
            | "assert"
    )
}

/// The source being compiled, for error reports.
#[derive(Clone, Copy)]
struct Source<'a> {
    text: &'a str,
    filename: &'a str,
    mode: &'a str,
}

/// A `SyntaxError` raised by `compile`/`eval`/`exec`, with `msg`, `lineno`,
/// `offset`, `text`, `filename`.
fn syntax_error(vm: &mut Vm, msg: &str, lineno: u32, offset: i32, src: &Source) -> RunError {
    let Source {
        text,
        filename,
        mode,
    } = *src;
    let line = text
        .lines()
        .nth(lineno.saturating_sub(1) as usize)
        .unwrap_or("")
        .to_owned();
    let shown_line = if mode == "eval" {
        line
    } else {
        format!("{line}\n")
    };
    let details = vec![
        vm.new_str(filename.to_owned()),
        Value::Int(i64::from(lineno)),
        Value::Int(i64::from(offset)),
        vm.new_str(shown_line.clone()),
        Value::Int(i64::from(lineno)),
        Value::Int(i64::from(offset)),
    ];
    let details = vm.new_tuple(details);
    let msg_value = vm.new_str(msg.to_owned());
    let class = vm.types.exception(ExcKind::SyntaxError);
    let Ok(Value::Obj(id)) = vm.new_exception(class, ExcKind::SyntaxError, &[msg_value, details])
    else {
        return RunError::internal("SyntaxError could not be created");
    };
    let fields = [
        ("msg", vm.new_str(msg.to_owned())),
        ("lineno", Value::Int(i64::from(lineno))),
        ("offset", Value::Int(i64::from(offset))),
        ("text", vm.new_str(shown_line)),
        ("filename", vm.new_str(filename.to_owned())),
    ];
    for (name, value) in fields {
        let sym = vm.interner.intern(name);
        if let Some(Object::Exception(e)) = vm.heap.get_mut(id) {
            e.attrs.set(sym, value);
        }
    }
    RunError::Raised(id)
}
