//! The type conversions, without a server (the driver against a real
//! PostgreSQL is tested in `core/tests/io_sql.rs`).

use postgres::types::Type;

use super::decode;
use super::encode;
use crate::host::HostValue;

fn s(text: &str) -> HostValue {
    HostValue::Str(text.to_owned())
}

fn tag(name: &str, text: &str) -> HostValue {
    HostValue::Tuple(vec![s(name), s(text)])
}

/// A binary `numeric`: digit groups, weight, sign, dscale.
fn numeric(digits: &[i16], weight: i16, sign: u16, dscale: u16) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend((digits.len() as i16).to_be_bytes());
    out.extend(weight.to_be_bytes());
    out.extend(sign.to_be_bytes());
    out.extend(dscale.to_be_bytes());
    for d in digits {
        out.extend(d.to_be_bytes());
    }
    out
}

#[test]
fn numeric_text() {
    let cases: &[(&[i16], i16, u16, u16, &str)] = &[
        (&[], 0, 0, 0, "0"),
        (&[], 0, 0, 2, "0.00"),
        (&[1, 2345], 1, 0, 0, "12345"),
        (&[12, 3400], 0, 0, 2, "12.34"),
        (&[12, 3400], 0, 0x4000, 3, "-12.340"),
        (&[5], -1, 0, 4, "0.0005"),
        (&[5], -2, 0, 8, "0.00000005"),
        (&[1], 2, 0, 0, "100000000"),
        (&[9999, 9999], 0, 0, 4, "9999.9999"),
        (&[], 0, 0xC000, 0, "NaN"),
        (&[], 0, 0xD000, 0, "Infinity"),
        (&[], 0, 0xF000, 0, "-Infinity"),
    ];
    for (digits, weight, sign, dscale, want) in cases {
        let raw = numeric(digits, *weight, *sign, *dscale);
        assert_eq!(decode::numeric(&raw).as_deref(), Ok(*want));
    }
}

#[test]
fn dates_and_times() {
    let date = decode::value(&Type::DATE, &0i32.to_be_bytes());
    let want = HostValue::Tuple(vec![
        s("date"),
        HostValue::Int(2000),
        HostValue::Int(1),
        HostValue::Int(1),
    ]);
    assert_eq!(date, Ok(want));
    // 1999-12-31 23:59:59.5 is half a second before PostgreSQL's epoch.
    let ts = decode::value(&Type::TIMESTAMPTZ, &(-500_000i64).to_be_bytes());
    let ints = [1999, 12, 31, 23, 59, 59, 500_000].map(HostValue::Int);
    let mut want = vec![s("timestamptz")];
    want.extend(ints);
    assert_eq!(ts, Ok(HostValue::Tuple(want)));
    // 2024-02-29 (a leap day): 8825 days after 2000-01-01.
    let leap = decode::value(&Type::DATE, &8825i32.to_be_bytes());
    let want = HostValue::Tuple(vec![
        s("date"),
        HostValue::Int(2024),
        HostValue::Int(2),
        HostValue::Int(29),
    ]);
    assert_eq!(leap, Ok(want));
    let inf = decode::value(&Type::TIMESTAMP, &i64::MAX.to_be_bytes());
    assert_eq!(
        inf,
        Ok(HostValue::Tuple(vec![s("infinity"), s("infinity")]))
    );
}

#[test]
fn interval_months_are_thirty_days() {
    let mut raw = Vec::new();
    raw.extend(3_723_000_001i64.to_be_bytes()); // 1:02:03.000001
    raw.extend(4i32.to_be_bytes()); // days
    raw.extend(2i32.to_be_bytes()); // months
    let want = [64, 3723, 1].map(HostValue::Int);
    let mut tuple = vec![s("interval")];
    tuple.extend(want);
    assert_eq!(
        decode::value(&Type::INTERVAL, &raw),
        Ok(HostValue::Tuple(tuple))
    );
}

#[test]
fn two_dimensional_array() {
    let mut raw = Vec::new();
    for v in [2i32, 0, 23, 2, 1, 2, 1] {
        raw.extend(v.to_be_bytes()); // ndim, has_null, int4, dims (2, lb 1), (2, lb 1)
    }
    for v in [1i32, 2, 3, 4] {
        raw.extend(4i32.to_be_bytes());
        raw.extend(v.to_be_bytes());
    }
    let row = |a, b| HostValue::List(vec![HostValue::Int(a), HostValue::Int(b)]);
    let want = HostValue::List(vec![row(1, 2), row(3, 4)]);
    assert_eq!(decode::value(&Type::INT4_ARRAY, &raw), Ok(want));
}

#[test]
fn uuid_json_inet() {
    let raw: Vec<u8> = (0u8..16).collect();
    let want = HostValue::Tuple(vec![s("uuid"), s("000102030405060708090a0b0c0d0e0f")]);
    assert_eq!(decode::value(&Type::UUID, &raw), Ok(want));
    let jsonb = decode::value(&Type::JSONB, b"\x01{\"a\": 1}");
    assert_eq!(
        jsonb,
        Ok(HostValue::Tuple(vec![s("json"), s("{\"a\": 1}")]))
    );
    let inet = decode::value(&Type::INET, &[2, 32, 0, 4, 10, 0, 0, 1]);
    assert_eq!(inet, Ok(s("10.0.0.1")));
    let cidr = decode::value(&Type::CIDR, &[2, 8, 1, 4, 10, 0, 0, 0]);
    assert_eq!(cidr, Ok(s("10.0.0.0/8")));
}

#[test]
fn unsupported_type_is_a_clear_error() {
    let err = decode::value(&Type::POINT, &[0; 16]);
    assert_eq!(
        err,
        Err("cannot read a value of type point (cast it in the query, e.g. to ::text)".to_owned())
    );
}

#[test]
fn param_types() {
    assert_eq!(encode::param_type(&HostValue::Int(1)), Type::INT8);
    assert_eq!(encode::param_type(&HostValue::Float(1.5)), Type::FLOAT8);
    assert_eq!(encode::param_type(&s("x")), Type::UNKNOWN);
    assert_eq!(encode::param_type(&tag("numeric", "1.5")), Type::NUMERIC);
    assert_eq!(
        encode::param_type(&tag("timestamptz", "2024-01-01T00:00:00+00:00")),
        Type::TIMESTAMPTZ
    );
    assert_eq!(encode::param_type(&tag("json", "{}")), Type::UNKNOWN);
    assert_eq!(encode::param_type(&HostValue::List(vec![])), Type::UNKNOWN);
}

fn text(value: &HostValue, ty: &Type) -> Option<String> {
    encode::text(value, ty).ok().and_then(|t| t.0)
}

#[test]
fn param_texts() {
    assert_eq!(
        text(&HostValue::Float(0.1), &Type::FLOAT8).as_deref(),
        Some("0.1")
    );
    assert_eq!(
        text(&HostValue::Float(f64::NEG_INFINITY), &Type::FLOAT8).as_deref(),
        Some("-Infinity")
    );
    assert_eq!(
        text(&HostValue::Bytes(vec![0, 255]), &Type::BYTEA).as_deref(),
        Some("\\x00ff")
    );
    assert_eq!(
        text(&HostValue::Bool(false), &Type::BOOL).as_deref(),
        Some("f")
    );
    assert_eq!(text(&HostValue::None, &Type::TEXT), None);
    let list = HostValue::List(vec![
        s("a\"b"),
        HostValue::None,
        HostValue::List(vec![s("c\\d"), HostValue::Int(1)]),
    ]);
    assert_eq!(
        text(&list, &Type::TEXT_ARRAY).as_deref(),
        Some(r#"{"a\"b",NULL,{"c\\d","1"}}"#)
    );
    let json = HostValue::List(vec![
        HostValue::Int(1),
        s("x\ny"),
        HostValue::None,
        tag("json", "{\"k\": true}"),
        tag("numeric", "2.50"),
    ]);
    assert_eq!(
        text(&json, &Type::JSONB).as_deref(),
        Some(r#"[1, "x\ny", null, {"k": true}, 2.50]"#)
    );
    assert_eq!(
        text(&s("{\"a\":1}"), &Type::JSON).as_deref(),
        Some("{\"a\":1}")
    );
    assert!(encode::text(&HostValue::Set(vec![]), &Type::TEXT).is_err());
}

#[test]
fn session_is_send_and_sync() {
    // A binding keeps the session in its context object (a pyo3 class needs Sync).
    fn check<T: Send + Sync>() {}
    check::<super::Session>();
}
