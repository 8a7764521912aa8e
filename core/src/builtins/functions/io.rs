//! `print`.
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
