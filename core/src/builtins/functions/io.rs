//! `print` and `input`.
//!
//! `file=` goes through `Vm::write_to` (`stdlib/io/`): streams, files, or any object's `write`.

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// <https://docs.python.org/3/library/functions.html#print>
pub(crate) fn builtin_print(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Value> {
    let sep = args.take_keyword(vm, "sep");
    let end = args.take_keyword(vm, "end");
    let file = args.take_keyword(vm, "file");
    args.take_keyword(vm, "flush");
    args.no_more_keywords(vm, "print")?;
    let text_of = |vm: &Vm, v: Option<Value>, default: &str, what: &str| -> RunResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_owned()),
            Some(v) => vm.str_value(v).ok_or_else(|| {
                RunError::new(
                    ExcKind::TypeError,
                    format!("{what} must be None or a string, not {}", vm.type_name(v)),
                )
            }),
        }
    };
    let sep = text_of(vm, sep, " ", "sep")?;
    let end = text_of(vm, end, "\n", "end")?;
    let mut out = String::new();
    for (i, v) in args.positional.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(*v)?);
    }
    out.push_str(&end);
    vm.write_to(file, &out)?;
    Ok(Value::None)
}

/// <https://docs.python.org/3/library/functions.html#input>: writes the
/// prompt, then reads one line of the host-provided stdin.
pub(crate) fn builtin_input(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("input", 0, 1)?.to_vec();
    if let Some(prompt) = parts.first() {
        let text = vm.str(*prompt)?;
        vm.check_output(text.len())?;
        vm.stdout.push_str(&text);
    }
    let rest = vm.stdin.take().unwrap_or_default();
    if rest.is_empty() {
        return Err(RunError::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    let (line, remaining) = match rest.find('\n') {
        Some(i) => (rest[..i].to_owned(), rest[i + 1..].to_owned()),
        None => (rest, String::new()),
    };
    vm.stdin = Some(remaining);
    let line = line.strip_suffix('\r').map_or(line.clone(), str::to_owned);
    Ok(vm.new_str(line))
}
