//! Parameters: the type each Python value asks for, and its PostgreSQL text
//! form. Every parameter is sent in the text format, so the server parses it
//! with the type's own input function (numeric, timestamps, intervals,
//! arrays, JSON): nothing here has to know a binary layout.
//!
//! What the `sql` module sends for a Python value:
//! - `None`, `bool`, `int`, `float`, `str`, `bytes`: plain data;
//! - `list`/`tuple`: a list of encoded elements (an array, or JSON when the
//!   server infers `json`/`jsonb` for the parameter);
//! - a tag tuple `(tag, text)`: `("numeric", "1.50")`, `("timestamptz",
//!   iso)`, `("timestamp", iso)`, `("date", iso)`, `("time", iso)`,
//!   `("timetz", iso)`, `("interval", "D days S seconds U microseconds")`,
//!   `("uuid", hex)`, `("json", text)` (a `dict`, or `sql.Json(value)`).

use std::error::Error;
use std::fmt::Write;

use bytes::BytesMut;
use postgres::types::{to_sql_checked, Format, IsNull, Kind, ToSql, Type};

use crate::host::HostValue;

/// A parameter in PostgreSQL's text format (`None`: SQL `NULL`).
#[derive(Debug, PartialEq)]
pub(super) struct Text(pub Option<String>);

impl ToSql for Text {
    fn to_sql(
        &self,
        _ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        match &self.0 {
            None => Ok(IsNull::Yes),
            Some(text) => {
                out.extend_from_slice(text.as_bytes());
                Ok(IsNull::No)
            }
        }
    }

    fn accepts(_ty: &Type) -> bool {
        true
    }

    fn encode_format(&self, _ty: &Type) -> Format {
        Format::Text
    }

    to_sql_checked!();
}

/// The tag and text of a tag tuple, if `value` is one.
pub(super) fn tag(value: &HostValue) -> Option<(&str, &str)> {
    match value {
        HostValue::Tuple(items) => match items.as_slice() {
            [HostValue::Str(tag), HostValue::Str(text)] => Some((tag, text)),
            _ => None,
        },
        _ => None,
    }
}

/// The type the parameter `value` is declared with: Python's type where it
/// says it, `unknown` (inferred by the server from the statement) for `str`,
/// `None`, lists and JSON.
pub(super) fn param_type(value: &HostValue) -> Type {
    match value {
        HostValue::Bool(_) => Type::BOOL,
        HostValue::Int(_) => Type::INT8,
        HostValue::BigInt(_) => Type::NUMERIC,
        HostValue::Float(_) => Type::FLOAT8,
        HostValue::Bytes(_) => Type::BYTEA,
        _ => match tag(value) {
            Some(("numeric", _)) => Type::NUMERIC,
            Some(("timestamptz", _)) => Type::TIMESTAMPTZ,
            Some(("timestamp", _)) => Type::TIMESTAMP,
            Some(("date", _)) => Type::DATE,
            Some(("time", _)) => Type::TIME,
            Some(("timetz", _)) => Type::TIMETZ,
            Some(("interval", _)) => Type::INTERVAL,
            Some(("uuid", _)) => Type::UUID,
            _ => Type::UNKNOWN,
        },
    }
}

/// The text form of `value` for a parameter of type `ty` (as the server
/// resolved it).
pub(super) fn text(value: &HostValue, ty: &Type) -> Result<Text, String> {
    if *value == HostValue::None {
        return Ok(Text(None));
    }
    let mut out = String::new();
    if *ty == Type::JSON || *ty == Type::JSONB {
        match (value, tag(value)) {
            (HostValue::Str(s), _) => out.push_str(s),
            (_, Some(("json", s))) => out.push_str(s),
            _ => json(value, &mut out)?,
        }
    } else if let (HostValue::List(items), Kind::Array(_)) = (value, ty.kind()) {
        array(items, &mut out)?;
    } else {
        scalar(value, &mut out)?;
    }
    Ok(Text(Some(out)))
}

/// Appends the text form of a scalar (or, for a list, an array literal).
fn scalar(value: &HostValue, out: &mut String) -> Result<(), String> {
    match value {
        HostValue::Str(s) => out.push_str(s),
        HostValue::Int(i) => {
            let _ = write!(out, "{i}");
        }
        HostValue::BigInt(i) => {
            let _ = write!(out, "{i}");
        }
        HostValue::Bool(b) => out.push_str(if *b { "t" } else { "f" }),
        HostValue::Float(f) => float(*f, out),
        HostValue::Bytes(bytes) => {
            out.push_str("\\x");
            for b in bytes {
                let _ = write!(out, "{b:02x}");
            }
        }
        HostValue::List(items) => array(items, out)?,
        _ => match tag(value) {
            Some((_, text)) => out.push_str(text),
            None => {
                return Err(format!(
                    "cannot adapt {} to a PostgreSQL value",
                    describe(value)
                ))
            }
        },
    }
    Ok(())
}

/// Appends a float as PostgreSQL's `float8` input reads it.
fn float(f: f64, out: &mut String) {
    if f.is_nan() {
        out.push_str("NaN");
    } else if f.is_infinite() {
        out.push_str(if f > 0.0 { "Infinity" } else { "-Infinity" });
    } else {
        let _ = write!(out, "{f:?}");
    }
}

/// Appends an array literal (`{1,"a b",NULL,{2,3}}`): every element quoted
/// (so any text is safe), `NULL` bare, nested lists as sub-arrays.
fn array(items: &[HostValue], out: &mut String) -> Result<(), String> {
    out.push('{');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match item {
            HostValue::None => out.push_str("NULL"),
            HostValue::List(inner) => array(inner, out)?,
            _ => {
                let mut element = String::new();
                scalar(item, &mut element)?;
                out.push('"');
                for c in element.chars() {
                    if c == '"' || c == '\\' {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push('"');
            }
        }
    }
    out.push('}');
    Ok(())
}

/// Appends `value` as JSON (a list sent to a `json`/`jsonb` parameter).
fn json(value: &HostValue, out: &mut String) -> Result<(), String> {
    match value {
        HostValue::None => out.push_str("null"),
        HostValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        HostValue::Int(_) | HostValue::BigInt(_) => scalar(value, out)?,
        HostValue::Float(f) if f.is_finite() => float(*f, out),
        HostValue::Float(_) => return Err("a JSON value cannot be NaN or infinite".to_owned()),
        HostValue::Str(s) => json_string(s, out),
        HostValue::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                json(item, out)?;
            }
            out.push(']');
        }
        _ => match tag(value) {
            Some(("json" | "numeric", text)) => out.push_str(text),
            Some((_, text)) => json_string(text, out),
            None => return Err(format!("cannot adapt {} to JSON", describe(value))),
        },
    }
    Ok(())
}

/// Appends `s` as a JSON string.
fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A short description of a value that cannot be sent.
fn describe(value: &HostValue) -> String {
    match value {
        HostValue::Dict(_) => "a dict (use a json/jsonb parameter)".to_owned(),
        HostValue::Set(_) | HostValue::FrozenSet(_) => "a set".to_owned(),
        HostValue::Opaque(repr) => repr.clone(),
        other => format!("{other:?}"),
    }
}
