//! TEMPORARY stand-in for helper "lex"'s number decoder (replaced on merge of `lex`).

use super::ast::Constant;

/// A literal that could not be decoded.
pub(crate) struct LiteralError {
    pub msg: String,
    pub range: std::ops::Range<usize>,
}

pub(crate) fn decode_number(token: &str) -> Result<Constant, LiteralError> {
    let t: String = token.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let err = || LiteralError {
        msg: "invalid decimal literal".into(),
        range: 0..token.len(),
    };
    if let Some(im) = lower.strip_suffix('j') {
        return im.parse::<f64>().map(Constant::Complex).map_err(|_| err());
    }
    for (p, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(d) = lower.strip_prefix(p) {
            return num_bigint::BigInt::parse_bytes(d.as_bytes(), radix)
                .map(int)
                .ok_or_else(err);
        }
    }
    if lower.contains(['.', 'e']) {
        return lower.parse::<f64>().map(Constant::Float).map_err(|_| err());
    }
    num_bigint::BigInt::parse_bytes(lower.as_bytes(), 10)
        .map(int)
        .ok_or_else(err)
}

fn int(b: num_bigint::BigInt) -> Constant {
    i64::try_from(&b).map_or_else(|_| Constant::BigInt(Box::new(b)), Constant::Int)
}
