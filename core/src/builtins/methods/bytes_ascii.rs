//! ASCII case mapping, predicates and padding of `bytes` and `bytearray`.
//! <https://docs.python.org/3/library/stdtypes.html#bytes-and-bytearray-operations>

use super::bytes::{data, WHITESPACE};
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

macro_rules! transform {
    ($name:ident, $f:expr) => {
        #[doc = concat!("`bytes.", stringify!($name), "()` (ASCII only).")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            args.exact::<0>(stringify!($name))?;
            let (kind, bytes) = data(vm, receiver)?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(vm.new_bytes_of(kind, f(&bytes)))
        }
    };
}

transform!(upper, <[u8]>::to_ascii_uppercase);
transform!(lower, <[u8]>::to_ascii_lowercase);
transform!(swapcase, |s| s
    .iter()
    .map(|b| if b.is_ascii_uppercase() {
        b.to_ascii_lowercase()
    } else {
        b.to_ascii_uppercase()
    })
    .collect());
transform!(capitalize, |s| s
    .iter()
    .enumerate()
    .map(|(i, b)| if i == 0 {
        b.to_ascii_uppercase()
    } else {
        b.to_ascii_lowercase()
    })
    .collect());
transform!(title, |s| {
    let mut prev_cased = false;
    s.iter()
        .map(|b| {
            let out = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
});

macro_rules! predicate {
    ($name:ident, $f:expr) => {
        #[doc = concat!("`bytes.", stringify!($name), "()` (ASCII only).")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            args.exact::<0>(stringify!($name))?;
            let (_, bytes) = data(vm, receiver)?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(Value::Bool(f(&bytes)))
        }
    };
}

predicate!(isdigit, |s| !s.is_empty()
    && s.iter().all(u8::is_ascii_digit));
predicate!(isalpha, |s| !s.is_empty()
    && s.iter().all(u8::is_ascii_alphabetic));
predicate!(isalnum, |s| !s.is_empty()
    && s.iter().all(u8::is_ascii_alphanumeric));
predicate!(isspace, |s| !s.is_empty()
    && s.iter().all(|b| WHITESPACE.contains(b)));
predicate!(isascii, |s| s.is_ascii());
predicate!(isupper, |s| s.iter().any(u8::is_ascii_uppercase)
    && !s.iter().any(u8::is_ascii_lowercase));
predicate!(islower, |s| s.iter().any(u8::is_ascii_lowercase)
    && !s.iter().any(u8::is_ascii_uppercase));
predicate!(istitle, |s| {
    let (mut prev_cased, mut any) = (false, false);
    for b in s {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            (prev_cased, any) = (true, true);
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    any
});

fn justify(vm: &mut Vm, receiver: Value, args: &Args, name: &str, align: char) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let parts = args.between(name, 1, 2)?.to_vec();
    let width = usize::try_from(vm.int_arg(parts[0])?).unwrap_or(0);
    let fill = match parts.get(1) {
        Some(v) => match vm.buffer(*v) {
            Some([b]) => *b,
            _ => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        vm.type_name(*v)
                    ),
                ))
            }
        },
        None => b' ',
    };
    if bytes.len() >= width {
        return Ok(vm.new_bytes_of(kind, bytes));
    }
    let gap = width - bytes.len();
    vm.reserve(width)?;
    let left = match align {
        '<' => 0,
        '>' => gap,
        _ => gap / 2 + (gap & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&bytes);
    out.resize(width, fill);
    Ok(vm.new_bytes_of(kind, out))
}

/// `bytes.center(width[, fillbyte])`.
pub(crate) fn center(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "center", '^')
}

/// `bytes.ljust(width[, fillbyte])`.
pub(crate) fn ljust(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "ljust", '<')
}

/// `bytes.rjust(width[, fillbyte])`.
pub(crate) fn rjust(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "rjust", '>')
}

/// `bytes.zfill(width)`.
pub(crate) fn zfill(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let [width] = args.exact("zfill")?;
    let width = usize::try_from(vm.int_arg(width)?).unwrap_or(0);
    if bytes.len() >= width {
        return Ok(vm.new_bytes_of(kind, bytes));
    }
    vm.reserve(width)?;
    let signed = matches!(bytes.first(), Some(b'+' | b'-'));
    let split = usize::from(signed);
    let mut out = bytes[..split].to_vec();
    out.resize(split + width - bytes.len(), b'0');
    out.extend_from_slice(&bytes[split..]);
    Ok(vm.new_bytes_of(kind, out))
}

/// `bytes.expandtabs(tabsize=8)`.
pub(crate) fn expandtabs(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let bound = args.bind(vm, "expandtabs", &["tabsize"], 0)?;
    let size = match bound[0] {
        Some(v) => usize::try_from(vm.int_arg(v)?).unwrap_or(0),
        None => 8,
    };
    let tabs = bytes
        .iter()
        .fold(0usize, |n, &b| n + usize::from(b == b'\t'));
    vm.reserve(tabs.saturating_mul(size).saturating_add(bytes.len()))?;
    let mut out = Vec::with_capacity(bytes.len());
    let mut column = 0;
    for b in bytes {
        match b {
            b'\t' if size > 0 => {
                let pad = size - column % size;
                out.resize(out.len() + pad, b' ');
                column += pad;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            b => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(vm.new_bytes_of(kind, out))
}
