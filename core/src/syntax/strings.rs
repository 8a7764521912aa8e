//! TEMPORARY stand-in for helper "lex"'s string decoder (replaced on merge of `lex`).
#![expect(clippy::pedantic, dead_code, reason = "temporary stand-in")]

use super::ast;
pub(crate) use super::number::LiteralError;

pub(crate) enum StringLiteral {
    Str { value: String, u_prefix: bool },
    Bytes(Vec<u8>),
    FString(Vec<FStringPart>),
}
pub(crate) enum FStringPart {
    Literal(String),
    Field(FStringField),
}
pub(crate) struct FStringField {
    pub expr: std::ops::Range<usize>,
    pub debug_text: Option<String>,
    pub conversion: ast::Conversion,
    pub spec: Option<Vec<FStringPart>>,
    pub range: std::ops::Range<usize>,
}

pub(crate) fn decode_string(token: &str) -> Result<StringLiteral, LiteralError> {
    let q = token.find(['\'', '"']).unwrap_or(0);
    let prefix = token[..q].to_ascii_lowercase();
    let body = &token[q..];
    let n = if body.starts_with("'''") || body.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let inner = body
        .get(n..body.len().saturating_sub(n))
        .unwrap_or("")
        .to_string();
    if prefix.contains('b') {
        return Ok(StringLiteral::Bytes(inner.into_bytes()));
    }
    if prefix.contains('f') {
        let mut parts = Vec::new();
        let start = q + n;
        let b = inner.as_bytes();
        let mut i = 0;
        let mut lit = String::new();
        while i < b.len() {
            if b[i] == b'{' && b.get(i + 1) != Some(&b'{') {
                let j = inner[i..].find('}').map_or(b.len(), |k| i + k);
                if !lit.is_empty() {
                    parts.push(FStringPart::Literal(std::mem::take(&mut lit)));
                }
                parts.push(FStringPart::Field(FStringField {
                    expr: start + i + 1..start + j,
                    debug_text: None,
                    conversion: ast::Conversion::None,
                    spec: None,
                    range: start + i..start + j + 1,
                }));
                i = j + 1;
            } else {
                if b[i] == b'{' || b[i] == b'}' {
                    i += 1;
                }
                if let Some(&c) = b.get(i) {
                    lit.push(c as char);
                }
                i += 1;
            }
        }
        if !lit.is_empty() {
            parts.push(FStringPart::Literal(lit));
        }
        return Ok(StringLiteral::FString(parts));
    }
    Ok(StringLiteral::Str {
        value: inner,
        u_prefix: prefix == "u",
    })
}
