//! Methods of `str`: case mapping, predicates, padding, encoding and
//! translation. Searching and splitting live in `str_search.rs`, formatting
//! in `str_format.rs`. <https://docs.python.org/3/library/stdtypes.html#string-methods>

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::case::{push_fold, push_title};
use crate::value::object::Object;
use crate::value::str::{decimal_value, is_space};
use crate::value::Value;

/// The receiver's text.
pub(crate) fn text(vm: &Vm, receiver: Value) -> RunResult<String> {
    vm.str_value(receiver).ok_or_else(|| {
        RunError::new(
            ExcKind::TypeError,
            format!(
                "descriptor requires a 'str' object but received a '{}'",
                vm.type_name(receiver)
            ),
        )
    })
}

/// The receiver's str object, borrowed: methods that only read the text
/// (search, `startswith`, `replace`) need no copy of it.
pub(crate) fn text_ref(vm: &Vm, receiver: Value) -> RunResult<&crate::value::str::PyStr> {
    match receiver.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Ok(s),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "descriptor requires a 'str' object but received a '{}'",
                vm.type_name(receiver)
            ),
        )),
    }
}

fn no_args(args: &Args, name: &str) -> RunResult<()> {
    args.exact::<0>(&format!("str.{name}")).map(|_| ())
}

/// Whether `c` is cased (has an upper, lower or title case form).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Titlecase letters (`Lt`), like `ǅ`.
fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}')
        || ('\u{1f88}'..='\u{1faf}').contains(&c) && (u32::from(c) & 0xf) >= 8
        || matches!(c, '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
}

macro_rules! simple_transform {
    ($name:ident, $f:expr) => {
        #[doc = concat!("`str.", stringify!($name), "()`.")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            no_args(&args, stringify!($name))?;
            let s = text(vm, receiver)?;
            let f: fn(&str) -> String = $f;
            Ok(vm.new_str(f(&s)))
        }
    };
}

simple_transform!(upper, str::to_uppercase);
simple_transform!(lower, str::to_lowercase);
simple_transform!(casefold, |s| {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_fold(&mut out, c));
    out
});
simple_transform!(swapcase, |s| {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
});
simple_transform!(title, |s| {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
});
simple_transform!(capitalize, |s| {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(first) = chars.next() {
        push_title(&mut out, first);
    }
    out.extend(chars.flat_map(char::to_lowercase));
    out
});

macro_rules! predicate {
    ($name:ident, $f:expr) => {
        #[doc = concat!("`str.", stringify!($name), "()`.")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            no_args(&args, stringify!($name))?;
            let s = text(vm, receiver)?;
            let f: fn(&str) -> bool = $f;
            Ok(Value::Bool(f(&s)))
        }
    };
}

/// Digits that are not decimal: superscripts and the like (`'²'.isdigit()`).
fn is_digit(c: char) -> bool {
    decimal_value(c).is_some()
        || matches!(
            c,
            '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
        )
        || ('\u{2080}'..='\u{2089}').contains(&c)
        || ('\u{2460}'..='\u{2468}').contains(&c)
        || ('\u{2474}'..='\u{247c}').contains(&c)
        || ('\u{2488}'..='\u{2490}').contains(&c)
        || ('\u{24f5}'..='\u{24fd}').contains(&c)
        || matches!(c, '\u{24ea}' | '\u{24ff}')
        || ('\u{2776}'..='\u{277e}').contains(&c)
        || ('\u{2780}'..='\u{2788}').contains(&c)
        || ('\u{278a}'..='\u{2792}').contains(&c)
}

predicate!(isdecimal, |s| !s.is_empty()
    && s.chars().all(|c| decimal_value(c).is_some()));
predicate!(isdigit, |s| !s.is_empty() && s.chars().all(is_digit));
predicate!(isnumeric, |s| !s.is_empty()
    && s.chars().all(|c| is_digit(c) || c.is_numeric()));
predicate!(isalpha, |s| !s.is_empty()
    && s.chars().all(|c| c.is_alphabetic() && !c.is_numeric()));
predicate!(isalnum, |s| !s.is_empty()
    && s.chars().all(|c| c.is_alphabetic() || c.is_numeric()));
predicate!(isspace, |s| !s.is_empty() && s.chars().all(is_space));
predicate!(isascii, str::is_ascii);
predicate!(isprintable, |s| s
    .chars()
    .all(|c| c == ' ' || crate::value::printable::is_printable(c)));
predicate!(isidentifier, is_identifier);

/// `str.isidentifier()`: a letter or `_`, then letters, digits, marks or
/// `_` (also what `__slots__` names must be).
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric() || is_mark(c))
}
predicate!(istitle, |s| {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
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
predicate!(isupper, |s| s.chars().any(char::is_uppercase)
    && !s.chars().any(|c| c.is_lowercase() || is_titlecase(c)));
predicate!(islower, |s| s.chars().any(char::is_lowercase)
    && !s.chars().any(|c| c.is_uppercase() || is_titlecase(c)));

/// Combining marks that may continue an identifier.
fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
        || ('\u{1ab0}'..='\u{1aff}').contains(&c)
        || ('\u{1dc0}'..='\u{1dff}').contains(&c)
        || ('\u{20d0}'..='\u{20ff}').contains(&c)
}

/// The `fillchar` argument of `center`/`ljust`/`rjust`.
fn fill_arg(vm: &Vm, v: Option<&Value>, name: &str) -> RunResult<char> {
    let Some(v) = v else {
        return Ok(' ');
    };
    let Some(s) = vm.str_value(*v) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("{name}() argument 2 must be str, not {}", vm.type_name(*v)),
        ));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "The fill character must be exactly one character long",
        )),
    }
}

fn justify(vm: &mut Vm, receiver: Value, args: &Args, name: &str, align: char) -> RunResult<Value> {
    let parts = args.between(name, 1, 2)?.to_vec();
    let s = text(vm, receiver)?;
    let width = usize::try_from(vm.int_arg(parts[0])?).unwrap_or(0);
    let fill = fill_arg(vm, parts.get(1), name)?;
    let len = s.chars().count();
    if len >= width {
        return Ok(receiver);
    }
    let gap = width - len;
    vm.reserve(gap.saturating_mul(fill.len_utf8()).saturating_add(s.len()))?;
    let left = match align {
        '<' => 0,
        '>' => gap,
        _ => gap / 2 + (gap & width & 1),
    };
    let mut out = String::with_capacity(s.len() + gap);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&s);
    out.extend(std::iter::repeat_n(fill, gap - left));
    Ok(vm.new_str(out))
}

/// `str.center(width[, fillchar])`.
pub(crate) fn center(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "center", '^')
}

/// `str.ljust(width[, fillchar])`.
pub(crate) fn ljust(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "ljust", '<')
}

/// `str.rjust(width[, fillchar])`.
pub(crate) fn rjust(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "rjust", '>')
}

/// `str.zfill(width)`.
pub(crate) fn zfill(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [width] = args.exact("zfill")?;
    let s = text(vm, receiver)?;
    let width = usize::try_from(vm.int_arg(width)?).unwrap_or(0);
    let len = s.chars().count();
    if len >= width {
        return Ok(receiver);
    }
    vm.reserve(width)?;
    let (sign, digits) = match s.strip_prefix(['+', '-']) {
        Some(rest) => (&s[..1], rest),
        None => ("", s.as_str()),
    };
    let out = format!("{sign}{}{digits}", "0".repeat(width - len));
    Ok(vm.new_str(out))
}

/// `str.encode(encoding="utf-8", errors="strict")`.
pub(crate) fn encode(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "encode", &["encoding", "errors"], 0)?;
    let s = text(vm, receiver)?;
    let encoding = match bound[0] {
        Some(v) => vm.str_arg(v, "encode() argument 'encoding'")?,
        None => "utf-8".to_owned(),
    };
    let errors = match bound[1] {
        Some(v) => vm.str_arg(v, "encode() argument 'errors'")?,
        None => "strict".to_owned(),
    };
    let data = crate::builtins::codecs::encode(&s, &encoding, &errors)
        .map_err(|e| crate::builtins::codecs::with_object(vm, e, |_| receiver))?;
    Ok(vm.new_bytes(data))
}

/// `str.expandtabs(tabsize=8)`.
pub(crate) fn expandtabs(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "expandtabs", &["tabsize"], 0)?;
    let size = match bound[0] {
        Some(v) => usize::try_from(vm.int_arg(v)?).unwrap_or(0),
        None => 8,
    };
    let s = text(vm, receiver)?;
    let tabs = s.bytes().filter(|&b| b == b'\t').count();
    vm.reserve(tabs.saturating_mul(size).saturating_add(s.len()))?;
    let mut out = String::with_capacity(s.len());
    let mut column = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let pad = size - column % size;
                    out.extend(std::iter::repeat_n(' ', pad));
                    column += pad;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method): the table `translate` reads.
pub(crate) fn maketrans(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("maketrans", 1, 3)?;
    let table = vm.new_dict();
    if let [map] = parts {
        let Some(Object::Dict(_)) = map.as_obj().map(|id| vm.heap.get(id)) else {
            return Err(RunError::new(
                ExcKind::TypeError,
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in vm.dict_entries(*map)? {
            let key = match vm.str_value(k) {
                Some(s) if s.chars().count() == 1 => {
                    Value::Int(i64::from(u32::from(s.chars().next().unwrap_or('\0'))))
                }
                Some(_) => {
                    return Err(RunError::new(
                        ExcKind::ValueError,
                        "string keys in translate table must be of length 1",
                    ))
                }
                None if vm.index_value(k).is_some() => k,
                None => {
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            vm.dict_set(table, key, v)?;
        }
        return Ok(table);
    }
    let from = vm.str_arg(parts[0], "maketrans() argument 1")?;
    let to = vm.str_arg(parts[1], "maketrans() argument 2")?;
    if from.chars().count() != to.chars().count() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (f, t) in from.chars().zip(to.chars()) {
        let key = Value::Int(i64::from(u32::from(f)));
        vm.dict_set(table, key, Value::Int(i64::from(u32::from(t))))?;
    }
    if let Some(delete) = parts.get(2) {
        let delete = vm.str_arg(*delete, "maketrans() argument 3")?;
        for c in delete.chars() {
            vm.dict_set(table, Value::Int(i64::from(u32::from(c))), Value::None)?;
        }
    }
    Ok(table)
}

/// `str.translate(table)`: `table[ord(c)]` is a str, a code point or None;
/// a missing key (`LookupError`) keeps the character.
pub(crate) fn translate(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [table] = args.exact("translate")?;
    let s = text(vm, receiver)?;
    let mut out = String::with_capacity(s.len());
    let mut cache: Vec<(char, Option<String>)> = Vec::new();
    for c in s.chars() {
        if let Some((_, mapped)) = cache.iter().find(|(k, _)| *k == c) {
            out.push_str(mapped.as_deref().unwrap_or(""));
            continue;
        }
        let key = Value::Int(i64::from(u32::from(c)));
        let mapped = match vm.get_item(table, key) {
            Ok(v) => translated(vm, v)?,
            Err(e) if is_error_kind(vm, &e, ExcKind::LookupError) => Some(c.to_string()),
            Err(e) => return Err(e),
        };
        out.push_str(mapped.as_deref().unwrap_or(""));
        if cache.len() < 256 {
            cache.push((c, mapped));
        }
    }
    Ok(vm.new_str(out))
}

/// What one `translate` table entry maps to (`None` deletes).
fn translated(vm: &Vm, v: Value) -> RunResult<Option<String>> {
    if v == Value::None {
        return Ok(None);
    }
    if let Some(s) = vm.str_value(v) {
        return Ok(Some(s));
    }
    match v {
        Value::Int(i) => u32::try_from(i)
            .ok()
            .filter(|i| *i < 0x11_0000)
            .and_then(char::from_u32)
            .map(|c| Some(c.to_string()))
            .ok_or_else(|| {
                RunError::new(
                    ExcKind::ValueError,
                    "character mapping must be in range(0x110000)",
                )
            }),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "character mapping must return integer, None or str",
        )),
    }
}

/// Whether `error` is an exception of class `kind` or a subclass.
pub(crate) fn is_error_kind(vm: &Vm, error: &RunError, kind: ExcKind) -> bool {
    match error {
        RunError::New(e) => e.kind.is_subclass_of(kind),
        RunError::Raised(id) => vm.is_instance(Value::Obj(*id), vm.types.exception(kind)),
        _ => false,
    }
}
