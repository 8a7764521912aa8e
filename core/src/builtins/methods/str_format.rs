//! `str.format(*args, **kwargs)` and `str.format_map(mapping)`: replacement
//! fields with auto/manual numbering, attribute and index access, `!r/!s/!a`
//! conversions and nested format specs.
//! <https://docs.python.org/3/library/string.html#format-string-syntax>

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// Where field names are looked up.
enum Source<'a> {
    /// `format(*args, **kwargs)`.
    Args(&'a Args),
    /// `format_map(mapping)`: `mapping[name]`.
    Mapping(Value),
}

/// Automatic (`{}`) versus manual (`{0}`) numbering, which cannot be mixed.
#[derive(Default)]
struct Numbering {
    next: usize,
    auto: bool,
    manual: bool,
}

fn value_error(message: &str) -> RunError {
    RunError::new(ExcKind::ValueError, message)
}

/// `str.format(*args, **kwargs)`.
pub(crate) fn format(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let template = receiver_text(vm, receiver)?;
    let out = render(
        vm,
        &template,
        &Source::Args(&args),
        &mut Numbering::default(),
        2,
    )?;
    Ok(vm.new_str(out))
}

/// `str.format_map(mapping)`.
pub(crate) fn format_map(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [mapping] = args.exact("format_map")?;
    let template = receiver_text(vm, receiver)?;
    let out = render(
        vm,
        &template,
        &Source::Mapping(mapping),
        &mut Numbering::default(),
        2,
    )?;
    Ok(vm.new_str(out))
}

fn receiver_text(vm: &Vm, receiver: Value) -> RunResult<String> {
    vm.str_value(receiver)
        .ok_or_else(|| RunError::new(ExcKind::TypeError, "descriptor requires a 'str' object"))
}

/// Expands every field of `template`; `depth` bounds nested specs.
fn render(
    vm: &mut Vm,
    template: &str,
    source: &Source,
    numbering: &mut Numbering,
    depth: u32,
) -> RunResult<String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let brace = rest.as_bytes()[i];
        let after = &rest[i + 1..];
        if after.as_bytes().first() == Some(&brace) {
            out.push(char::from(brace));
            rest = &after[1..];
            continue;
        }
        if brace == b'}' {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if after.is_empty() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        let field = parse_field(after)?;
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        out.push_str(&render_field(vm, &field, source, numbering, depth)?);
        rest = &after[field.end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// One replacement field: `{name!conversion:spec}`.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    /// The index just past the closing `}` in the text after the `{`.
    end: usize,
}

/// Scans the field starting after a `{`, as CPython's `parse_field`
/// (`Objects/stringlib/unicode_format.h`) does, with its error messages.
fn parse_field(text: &str) -> RunResult<Field<'_>> {
    let mut chars = text.char_indices().peekable();
    let mut stop = None;
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => while chars.next_if(|&(_, c)| c != ']').is_some() {},
            '}' | ':' | '!' => {
                stop = Some((i, c));
                break;
            }
            _ => {}
        }
    }
    let Some((name_end, c)) = stop else {
        return Err(value_error("expected '}' before end of string"));
    };
    let name = &text[..name_end];
    if c == '}' {
        return Ok(Field {
            name,
            conversion: None,
            spec: "",
            end: name_end + 1,
        });
    }
    let mut conversion = None;
    if c == '!' {
        let Some((_, conv)) = chars.next() else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        conversion = Some(conv);
        match chars.next() {
            Some((i, '}')) => {
                return Ok(Field {
                    name,
                    conversion,
                    spec: "",
                    end: i + 1,
                })
            }
            Some((_, ':')) | None => {}
            Some(_) => return Err(value_error("expected ':' after conversion specifier")),
        }
    }
    let spec_start = chars.peek().map_or(text.len(), |&(i, _)| i);
    let mut count = 1usize;
    for (i, c) in chars {
        match c {
            '{' => count += 1,
            '}' => {
                count -= 1;
                if count == 0 {
                    let spec = &text[spec_start..i];
                    return Ok(Field {
                        name,
                        conversion,
                        spec,
                        end: i + 1,
                    });
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

fn render_field(
    vm: &mut Vm,
    field: &Field<'_>,
    source: &Source,
    numbering: &mut Numbering,
    depth: u32,
) -> RunResult<String> {
    let Field {
        name,
        conversion,
        spec,
        ..
    } = *field;
    let mut value = lookup_field(vm, name, source, numbering)?;
    value = match conversion {
        None => value,
        Some('r') => {
            let s = vm.repr(value)?;
            vm.new_str(s)
        }
        Some('s') => {
            let s = vm.str(value)?;
            vm.new_str(s)
        }
        Some('a') => {
            let s = crate::eval::format::ascii_escape(&vm.repr(value)?);
            vm.new_str(s)
        }
        Some(c) if (' '..='~').contains(&c) => {
            return Err(value_error(&format!("Unknown conversion specifier {c}")))
        }
        Some(c) => {
            let code = u32::from(c);
            return Err(value_error(&format!(
                "Unknown conversion specifier \\x{code:x}"
            )));
        }
    };
    let spec = if spec.contains('{') {
        render(vm, spec, source, numbering, depth - 1)?
    } else {
        spec.to_owned()
    };
    vm.format(value, &spec)
}

/// The object a field name denotes: `""`/`0`/`name`, then `.attr` and `[key]` parts.
fn lookup_field(
    vm: &mut Vm,
    name: &str,
    source: &Source,
    numbering: &mut Numbering,
) -> RunResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(first_end);
    let mut value = if head.is_empty() {
        if numbering.manual {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        numbering.auto = true;
        numbering.next += 1;
        positional(source, numbering.next - 1)?
    } else if let Ok(n) = head.parse::<usize>() {
        if numbering.auto {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        numbering.manual = true;
        positional(source, n)?
    } else {
        keyword(vm, source, head)?
    };
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            if end == 0 {
                return Err(value_error("Empty attribute in format string"));
            }
            let sym = vm.interner.intern(&after[..end]);
            value = vm.get_attr(value, sym)?;
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after
                .find(']')
                .ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key_text = &after[..end];
            let key = match key_text.parse::<i64>() {
                Ok(i) if key_text.bytes().all(|b| b.is_ascii_digit()) => Value::Int(i),
                _ => vm.new_str(key_text.to_owned()),
            };
            value = vm.get_item(value, key)?;
            rest = &after[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(value)
}

fn positional(source: &Source, index: usize) -> RunResult<Value> {
    match source {
        Source::Args(args) => args.positional.get(index).copied().ok_or_else(|| {
            RunError::new(
                ExcKind::IndexError,
                format!("Replacement index {index} out of range for positional args tuple"),
            )
        }),
        Source::Mapping(_) => Err(value_error("Format string contains positional fields")),
    }
}

fn keyword(vm: &mut Vm, source: &Source, name: &str) -> RunResult<Value> {
    match source {
        Source::Args(args) => {
            let sym = vm.interner.intern(name);
            match args.keywords.iter().find(|(k, _)| *k == sym) {
                Some((_, v)) => Ok(*v),
                None => {
                    let key = vm.new_str(name.to_owned());
                    Err(crate::exc::lookup::key_error(key))
                }
            }
        }
        Source::Mapping(mapping) => {
            let key = vm.new_str(name.to_owned());
            vm.get_item(*mapping, key)
        }
    }
}
