//! Path templates, query strings and parameter conversions of the native
//! request path, each exactly as `fastapi._Route.match`, `_parse_qsl` and
//! pydantic's lax mode do them, for the inputs handled here; any other input
//! is `None` (the Python dispatch then answers, with the same result or 422).

use crate::host::HostValue;
use crate::value::Value;

/// A path parameter's convertor (`{id:int}`); unknown ones keep the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Conv {
    Str,
    Int,
    Float,
    /// The rest of the path (only as the template's last segment).
    Path,
}

/// What a parameter's annotation converts its text to (`Optional[X]` is `X`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Str,
    Int,
    Float,
    Bool,
    /// No annotation (or `Any`): the value as it is.
    Any,
}

impl Kind {
    /// The kind named by `fastapi._native_kind`.
    pub(super) fn read(name: &str) -> Option<Kind> {
        Some(match name {
            "str" => Kind::Str,
            "int" => Kind::Int,
            "float" => Kind::Float,
            "bool" => Kind::Bool,
            "any" => Kind::Any,
            _ => return None,
        })
    }
}

/// One segment of a route template.
#[derive(Clone, Debug)]
pub(super) enum Part {
    /// Literal text.
    Literal(String),
    /// `{name}` or `{name:conv}`.
    Param { name: String, conv: Conv },
}

impl Part {
    /// A part of `_Route.parts`: a str, or `[name, convertor]`.
    pub(super) fn read(desc: &HostValue) -> Option<Part> {
        match desc {
            HostValue::Str(s) => Some(Part::Literal(s.clone())),
            HostValue::List(pair) => match pair.as_slice() {
                [HostValue::Str(name), HostValue::Str(conv)] => Some(Part::Param {
                    name: name.clone(),
                    conv: match conv.as_str() {
                        "int" => Conv::Int,
                        "float" => Conv::Float,
                        "path" => Conv::Path,
                        _ => Conv::Str,
                    },
                }),
                _ => None,
            },
            _ => None,
        }
    }
}

/// A path parameter's value after its convertor.
#[derive(Clone, Debug)]
pub(super) enum Raw<'a> {
    Str(&'a str),
    /// A `{name:path}` tail.
    Path(String),
    Int(i64),
    Float(f64),
}

/// A converted parameter: a value, or the text of a `str`.
pub(super) enum Converted {
    Value(Value),
    Str(String),
}

/// How matching a template went.
pub(super) enum Matched<'a> {
    /// The path does not match.
    No,
    /// It matches, with these parameters.
    Yes(Vec<(&'a str, Raw<'a>)>),
    /// Only Python can tell (an `int` segment beyond 64 bits).
    Unknown,
}

/// `_Route.match` of a plain template: `segs` is the path split at `/`.
pub(super) fn match_parts<'a>(parts: &'a [Part], tail_path: bool, segs: &[&'a str]) -> Matched<'a> {
    if segs.len() != parts.len() && !tail_path {
        return Matched::No;
    }
    let mut found = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let (name, conv) = match part {
            Part::Literal(text) => {
                if segs.get(i) != Some(&text.as_str()) {
                    return Matched::No;
                }
                continue;
            }
            Part::Param { name, conv } => (name.as_str(), *conv),
        };
        if conv == Conv::Path {
            found.push((name, Raw::Path(segs.get(i..).unwrap_or_default().join("/"))));
            return Matched::Yes(found);
        }
        let Some(&seg) = segs.get(i).filter(|s| !s.is_empty()) else {
            return Matched::No;
        };
        let raw = match conv {
            Conv::Int => {
                if !seg.bytes().all(|b| b.is_ascii_digit()) {
                    return Matched::No;
                }
                match seg.parse() {
                    Ok(i) => Raw::Int(i),
                    Err(_) => return Matched::Unknown,
                }
            }
            Conv::Float => {
                let (whole, frac) = seg.split_once('.').unwrap_or((seg, ""));
                let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
                if whole.is_empty() || !digits(whole) || !digits(frac) || seg.ends_with('.') {
                    return Matched::No;
                }
                match seg.parse() {
                    Ok(f) => Raw::Float(f),
                    Err(_) => return Matched::Unknown,
                }
            }
            Conv::Str | Conv::Path => Raw::Str(seg),
        };
        found.push((name, raw));
    }
    if segs.len() == parts.len() {
        Matched::Yes(found)
    } else {
        Matched::No
    }
}

/// `_parse_qsl(query, keep_blank_values=True)`; `None` when a `%` escape is
/// not two hex digits or does not decode to UTF-8.
pub(super) fn parse_query(query: &str) -> Option<Vec<(String, String)>> {
    let mut pairs = Vec::new();
    for part in query.split('&') {
        if part.is_empty() {
            continue;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        pairs.push((unquote_plus(k)?, unquote_plus(v)?));
    }
    Some(pairs)
}

/// `urllib.parse.unquote_plus` for well-formed escapes.
fn unquote_plus(text: &str) -> Option<String> {
    let text = text.replace('+', " ");
    if !text.contains('%') {
        return Some(text);
    }
    let raw = text.as_bytes();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        if b == b'%' {
            let hex = |j: usize| raw.get(j).and_then(|c| (*c as char).to_digit(16));
            let (hi, lo) = (hex(i + 1)?, hex(i + 2)?);
            out.push(u8::try_from(hi * 16 + lo).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Spellings pydantic reads as `True` / `False`.
const TRUE: [&str; 6] = ["1", "on", "t", "true", "y", "yes"];
const FALSE: [&str; 6] = ["0", "off", "f", "false", "n", "no"];

/// `raw` validated as `kind` (pydantic's lax mode), for the spellings whose
/// result is plain; `None` for anything else.
pub(super) fn convert(kind: Kind, raw: Raw<'_>) -> Option<Converted> {
    let text = match raw {
        Raw::Int(i) => {
            return matches!(kind, Kind::Int | Kind::Any).then_some(Converted::Value(Value::Int(i)))
        }
        Raw::Float(f) => {
            return matches!(kind, Kind::Float | Kind::Any)
                .then_some(Converted::Value(Value::Float(f)))
        }
        Raw::Str(s) => s.to_owned(),
        Raw::Path(s) => s,
    };
    let number = |t: &str| {
        let digits = t.strip_prefix('-').unwrap_or(t);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    Some(match kind {
        Kind::Str | Kind::Any => Converted::Str(text),
        Kind::Int if number(&text) && text.len() <= 18 => {
            Converted::Value(Value::Int(text.parse().ok()?))
        }
        Kind::Float => {
            let (whole, frac) = text.split_once('.').unwrap_or((&text, "1"));
            if !number(whole) || frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Converted::Value(Value::Float(text.parse().ok()?))
        }
        Kind::Bool if text.is_ascii() => {
            let low = text.to_ascii_lowercase();
            if TRUE.contains(&low.as_str()) {
                Converted::Value(Value::Bool(true))
            } else if FALSE.contains(&low.as_str()) {
                Converted::Value(Value::Bool(false))
            } else {
                return None;
            }
        }
        Kind::Int | Kind::Bool => return None,
    })
}
