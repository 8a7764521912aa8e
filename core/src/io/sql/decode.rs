//! Result values: PostgreSQL's binary format decoded to plain data, with a
//! tag tuple where plain data cannot say the type (the `sql` module turns
//! each into its Python value):
//! - `("numeric", "1.50")` → `Decimal` (also `"NaN"`, `"Infinity"`);
//! - `("date", y, m, d)`, `("time", h, m, s, us)`, `("timetz", h, m, s, us,
//!   utc_offset_seconds)`, `("timestamp", y, m, d, h, m, s, us)`,
//!   `("timestamptz", ...)` (UTC) → `date`, `time`, `datetime`;
//!   `("infinity", text)` for PostgreSQL's infinite dates → `str`;
//! - `("interval", days, seconds, microseconds)` → `timedelta` (a month is
//!   30 days, as PostgreSQL's own `extract(epoch ...)` counts it);
//! - `("uuid", hex)` → `uuid.UUID`; `("json", text)` → `json.loads(text)`;
//! - arrays → lists (nested for several dimensions).

use std::error::Error;
use std::fmt::Write;
use std::net::{Ipv4Addr, Ipv6Addr};

use postgres::types::{FromSql, Kind, Type};

use crate::host::HostValue;

/// A column value as the server sent it (`None`: SQL `NULL`), of any type.
pub(super) struct Raw<'a>(pub Option<&'a [u8]>);

impl<'a> FromSql<'a> for Raw<'a> {
    fn from_sql(_ty: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn Error + Sync + Send>> {
        Ok(Raw(Some(raw)))
    }

    fn from_sql_null(_ty: &Type) -> Result<Self, Box<dyn Error + Sync + Send>> {
        Ok(Raw(None))
    }

    fn accepts(_ty: &Type) -> bool {
        true
    }
}

/// Microseconds in a day.
const DAY_US: i64 = 86_400_000_000;
/// Days from 1970-01-01 to PostgreSQL's epoch, 2000-01-01.
const PG_EPOCH_DAYS: i64 = 10_957;

/// Whether values of type `ty` may be tag tuples or lists (the Python side
/// converts only those columns).
pub(super) fn may_tag(ty: &Type) -> bool {
    match ty.kind() {
        Kind::Domain(base) => may_tag(base),
        Kind::Enum(_) => false,
        _ => !matches!(
            *ty,
            Type::BOOL
                | Type::INT2
                | Type::INT4
                | Type::INT8
                | Type::OID
                | Type::FLOAT4
                | Type::FLOAT8
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::CHAR
                | Type::UNKNOWN
                | Type::XML
                | Type::BYTEA
                | Type::INET
                | Type::CIDR
                | Type::VOID
        ),
    }
}

/// Reads big-endian integers off a byte slice.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    /// The next `N` bytes.
    fn take<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let (head, rest) = self
            .0
            .split_first_chunk::<N>()
            .ok_or_else(|| "truncated value".to_owned())?;
        self.0 = rest;
        Ok(*head)
    }

    fn i16(&mut self) -> Result<i16, String> {
        self.take().map(i16::from_be_bytes)
    }

    fn i32(&mut self) -> Result<i32, String> {
        self.take().map(i32::from_be_bytes)
    }

    fn i64(&mut self) -> Result<i64, String> {
        self.take().map(i64::from_be_bytes)
    }

    fn u8(&mut self) -> Result<u8, String> {
        self.take::<1>().map(|[b]| b)
    }
}

/// Decodes a non-NULL value of type `ty`.
pub(super) fn value(ty: &Type, raw: &[u8]) -> Result<HostValue, String> {
    if let Some(v) = plain(ty, raw)? {
        return Ok(v);
    }
    let mut r = Reader(raw);
    Ok(match *ty {
        Type::NUMERIC => tagged("numeric", vec![HostValue::Str(numeric(raw)?)]),
        Type::DATE => date(r.i32()?),
        Type::TIME => {
            let mut parts = time_parts(r.i64()?);
            parts.insert(0, HostValue::Str("time".to_owned()));
            HostValue::Tuple(parts)
        }
        Type::TIMETZ => {
            let mut parts = time_parts(r.i64()?);
            // The zone is stored in seconds west of UTC.
            parts.push(HostValue::Int(-i64::from(r.i32()?)));
            parts.insert(0, HostValue::Str("timetz".to_owned()));
            HostValue::Tuple(parts)
        }
        Type::TIMESTAMP => timestamp("timestamp", r.i64()?),
        Type::TIMESTAMPTZ => timestamp("timestamptz", r.i64()?),
        Type::INTERVAL => interval(&mut r)?,
        Type::UUID => {
            let bytes: [u8; 16] = r.take()?;
            let mut hex = String::with_capacity(32);
            for b in bytes {
                let _ = write!(hex, "{b:02x}");
            }
            tagged("uuid", vec![HostValue::Str(hex)])
        }
        Type::JSON => tagged("json", vec![HostValue::Str(utf8(raw)?)]),
        Type::JSONB => match raw.split_first() {
            Some((1, text)) => tagged("json", vec![HostValue::Str(utf8(text)?)]),
            _ => return Err("unknown jsonb format version".to_owned()),
        },
        _ => match ty.kind() {
            Kind::Domain(base) => return value(base, raw),
            Kind::Array(element) => return array(element, raw),
            _ => {
                return Err(format!(
                    "cannot read a value of type {} (cast it in the query, e.g. to ::text)",
                    ty.name()
                ))
            }
        },
    })
}

/// Decodes the types that become plain data (`None`: not one of those).
fn plain(ty: &Type, raw: &[u8]) -> Result<Option<HostValue>, String> {
    let mut r = Reader(raw);
    Ok(Some(match *ty {
        Type::BOOL => HostValue::Bool(r.u8()? != 0),
        Type::INT2 => HostValue::Int(i64::from(r.i16()?)),
        Type::INT4 => HostValue::Int(i64::from(r.i32()?)),
        Type::INT8 => HostValue::Int(r.i64()?),
        Type::OID => HostValue::Int(i64::from(u32::from_be_bytes(r.take()?))),
        // As PostgreSQL prints a real (its shortest decimal), not the f32's exact value.
        Type::FLOAT4 => {
            let f = f32::from_be_bytes(r.take()?);
            HostValue::Float(f.to_string().parse().unwrap_or(f64::from(f)))
        }
        Type::FLOAT8 => HostValue::Float(f64::from_be_bytes(r.take()?)),
        Type::TEXT
        | Type::VARCHAR
        | Type::BPCHAR
        | Type::NAME
        | Type::CHAR
        | Type::UNKNOWN
        | Type::XML => HostValue::Str(utf8(raw)?),
        Type::BYTEA => HostValue::Bytes(raw.to_vec()),
        Type::INET | Type::CIDR => HostValue::Str(inet(raw, *ty == Type::CIDR)?),
        Type::VOID => HostValue::None,
        _ if matches!(ty.kind(), Kind::Enum(_)) || ty.name() == "citext" => {
            HostValue::Str(utf8(raw)?)
        }
        _ => return Ok(None),
    }))
}

/// A tag tuple.
fn tagged(tag: &str, mut values: Vec<HostValue>) -> HostValue {
    values.insert(0, HostValue::Str(tag.to_owned()));
    HostValue::Tuple(values)
}

/// Text sent by the server.
fn utf8(raw: &[u8]) -> Result<String, String> {
    String::from_utf8(raw.to_vec()).map_err(|_| "invalid UTF-8 in a text value".to_owned())
}

/// A `numeric` as decimal text: base-10000 digits, the weight of the first
/// one, the sign, and the number of decimal digits shown (`dscale`).
pub(super) fn numeric(raw: &[u8]) -> Result<String, String> {
    let mut r = Reader(raw);
    let ndigits = usize::try_from(r.i16()?).map_err(|_| "bad numeric".to_owned())?;
    let weight = i32::from(r.i16()?);
    let sign = u16::from_be_bytes(r.take()?);
    let dscale = usize::from(u16::from_be_bytes(r.take()?));
    let digits = (0..ndigits)
        .map(|_| r.i16())
        .collect::<Result<Vec<_>, _>>()?;
    match sign {
        0xC000 => return Ok("NaN".to_owned()),
        0xD000 => return Ok("Infinity".to_owned()),
        0xF000 => return Ok("-Infinity".to_owned()),
        _ => {}
    }
    // The digit group of weight `w` (10000^w), 0 past the stored ones.
    let group = |w: i32| -> i16 {
        usize::try_from(weight - w)
            .ok()
            .and_then(|i| digits.get(i).copied())
            .unwrap_or(0)
    };
    let mut out = String::new();
    if sign == 0x4000 {
        out.push('-');
    }
    if weight < 0 {
        out.push('0');
    } else {
        out.push_str(&group(weight).to_string());
        for w in (0..weight).rev() {
            let _ = write!(out, "{:04}", group(w));
        }
    }
    if dscale > 0 {
        out.push('.');
        let mut fraction = String::new();
        let mut w = -1;
        while fraction.len() < dscale {
            let _ = write!(fraction, "{:04}", group(w));
            w -= 1;
        }
        out.push_str(&fraction[..dscale]);
    }
    Ok(out)
}

/// The civil date (year, month, day) of a day count from 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A `date` (days from 2000-01-01).
fn date(days: i32) -> HostValue {
    match days {
        i32::MAX => tagged("infinity", vec![HostValue::Str("infinity".to_owned())]),
        i32::MIN => tagged("infinity", vec![HostValue::Str("-infinity".to_owned())]),
        _ => {
            let (y, m, d) = civil(i64::from(days) + PG_EPOCH_DAYS);
            tagged(
                "date",
                vec![HostValue::Int(y), HostValue::Int(m), HostValue::Int(d)],
            )
        }
    }
}

/// Hours, minutes, seconds, microseconds of a time of day in microseconds.
fn time_parts(us: i64) -> Vec<HostValue> {
    let secs = us.div_euclid(1_000_000);
    vec![
        HostValue::Int(secs / 3600),
        HostValue::Int(secs / 60 % 60),
        HostValue::Int(secs % 60),
        HostValue::Int(us.rem_euclid(1_000_000)),
    ]
}

/// A `timestamp`/`timestamptz` (microseconds from 2000-01-01 00:00, UTC for
/// `timestamptz`).
fn timestamp(tag: &str, us: i64) -> HostValue {
    match us {
        i64::MAX => tagged("infinity", vec![HostValue::Str("infinity".to_owned())]),
        i64::MIN => tagged("infinity", vec![HostValue::Str("-infinity".to_owned())]),
        _ => {
            let (y, m, d) = civil(us.div_euclid(DAY_US) + PG_EPOCH_DAYS);
            let mut parts = vec![HostValue::Int(y), HostValue::Int(m), HostValue::Int(d)];
            parts.extend(time_parts(us.rem_euclid(DAY_US)));
            tagged(tag, parts)
        }
    }
}

/// An `interval` (microseconds, days, months) as days, seconds, microseconds.
fn interval(r: &mut Reader<'_>) -> Result<HostValue, String> {
    let us = r.i64()?;
    let days = i64::from(r.i32()?) + 30 * i64::from(r.i32()?);
    Ok(tagged(
        "interval",
        vec![
            HostValue::Int(days),
            HostValue::Int(us.div_euclid(1_000_000)),
            HostValue::Int(us.rem_euclid(1_000_000)),
        ],
    ))
}

/// An `inet`/`cidr` as PostgreSQL prints it (`10.0.0.1`, `10.0.0.0/8`).
fn inet(raw: &[u8], cidr: bool) -> Result<String, String> {
    let mut r = Reader(raw);
    let family = r.u8()?;
    let bits = r.u8()?;
    let _is_cidr = r.u8()?;
    let _len = r.u8()?;
    let (text, max) = match family {
        2 => (Ipv4Addr::from(r.take::<4>()?).to_string(), 32),
        3 => (Ipv6Addr::from(r.take::<16>()?).to_string(), 128),
        _ => return Err("unknown inet family".to_owned()),
    };
    Ok(if cidr || bits != max {
        format!("{text}/{bits}")
    } else {
        text
    })
}

/// An array: dimensions, then each element (length-prefixed, -1 for NULL),
/// as nested lists.
fn array(element: &Type, raw: &[u8]) -> Result<HostValue, String> {
    let mut r = Reader(raw);
    let ndim = usize::try_from(r.i32()?).map_err(|_| "bad array".to_owned())?;
    let _has_null = r.i32()?;
    let _element_oid = r.i32()?;
    let mut dims = Vec::with_capacity(ndim);
    for _ in 0..ndim {
        dims.push(usize::try_from(r.i32()?).map_err(|_| "bad array".to_owned())?);
        let _lower_bound = r.i32()?;
    }
    if dims.is_empty() {
        return Ok(HostValue::List(Vec::new()));
    }
    let mut items = Vec::new();
    while !r.0.is_empty() {
        let len = r.i32()?;
        match usize::try_from(len) {
            Err(_) => items.push(HostValue::None),
            Ok(len) => {
                let (bytes, rest) =
                    r.0.split_at_checked(len)
                        .ok_or_else(|| "truncated array".to_owned())?;
                r.0 = rest;
                items.push(value(element, bytes)?);
            }
        }
    }
    Ok(nest(items, &dims))
}

/// Groups a flat list of elements into nested lists of dimensions `dims`.
fn nest(items: Vec<HostValue>, dims: &[usize]) -> HostValue {
    match dims {
        [] | [_] => HostValue::List(items),
        [_, inner @ ..] => {
            let size = inner.iter().product::<usize>().max(1);
            let mut chunks = Vec::new();
            let mut items = items.into_iter().peekable();
            while items.peek().is_some() {
                let chunk = items.by_ref().take(size).collect();
                chunks.push(nest(chunk, inner));
            }
            HostValue::List(chunks)
        }
    }
}
