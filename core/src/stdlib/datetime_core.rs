//! `_datetime_core`: the calendar arithmetic under `datetime` (a Python port
//! of CPython's `_pydatetime`, `python/datetime.py`), in Rust. Every
//! constructor, every `date + timedelta` and every `toordinal()` goes through
//! these few functions; as Python each was several calls deep
//! (`_ymd2ord` → `_days_in_month` → `_is_leap`, ...). They take plain ints
//! and answer `False` where `datetime.py` must take its general path
//! (`__index__` objects, bools, big ints), so the Python keeps the exact
//! semantics and only the common case is native.

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// The module (functions only).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_datetime_core",
    constants: &[],
    init: None,
    python: None,
};

const MAX_YEAR: i64 = 9999;
const DAYS_IN_MONTH: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/// Days in 400, 100 and 4 years.
const DI400Y: i64 = 146_097;
const DI100Y: i64 = 36_524;
const DI4Y: i64 = 1_461;

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    if month == 2 && is_leap(year) {
        29
    } else {
        DAYS_IN_MONTH.get(month as usize).copied().unwrap_or(31)
    }
}

fn days_before_year(year: i64) -> i64 {
    let y = year - 1;
    y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
}

fn days_before_month(year: i64, month: i64) -> i64 {
    DAYS_BEFORE_MONTH.get(month as usize).copied().unwrap_or(0)
        + i64::from(month > 2 && is_leap(year))
}

/// Proleptic Gregorian ordinal of a valid date (1 January of year 1 is 1).
fn ymd_to_ordinal(year: i64, month: i64, day: i64) -> i64 {
    days_before_year(year) + days_before_month(year, month) + day
}

/// The date of ordinal `n` (`_ord2ymd`).
fn ordinal_to_ymd(n: i64) -> (i64, i64, i64) {
    let n = n - 1;
    let (n400, n) = (n.div_euclid(DI400Y), n.rem_euclid(DI400Y));
    let (n100, n) = (n / DI100Y, n % DI100Y);
    let (n4, n) = (n / DI4Y, n % DI4Y);
    let (n1, n) = (n / 365, n % 365);
    let year = n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 {
        return (year - 1, 12, 31);
    }
    let leap = n1 == 3 && (n4 != 24 || n100 == 3);
    let mut month = (n + 50) >> 5;
    let mut preceding = days_before_month_leap(month, leap);
    if preceding > n {
        month -= 1;
        preceding = days_before_month_leap(month, leap);
    }
    (year, month, n - preceding + 1)
}

fn days_before_month_leap(month: i64, leap: bool) -> i64 {
    DAYS_BEFORE_MONTH.get(month as usize).copied().unwrap_or(0) + i64::from(month > 2 && leap)
}

fn ints<const N: usize>(values: [Value; N]) -> Option<[i64; N]> {
    let mut out = [0; N];
    for (slot, v) in out.iter_mut().zip(values) {
        match v {
            Value::Int(i) => *slot = i,
            _ => return None,
        }
    }
    Some(out)
}

fn value_error(msg: String) -> RunError {
    RunError::new(ExcKind::ValueError, msg)
}

/// `_ymd2ord(year, month, day)` for a valid date.
pub(crate) fn ymd2ord(_: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let values = args.exact("ymd2ord")?;
    let [y, m, d] = ints(values).ok_or_else(|| RunError::internal("ymd2ord of non-ints"))?;
    Ok(Value::Int(ymd_to_ordinal(y, m, d)))
}

/// `_ord2ymd(n)`: `(year, month, day)`.
pub(crate) fn ord2ymd(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [n] = args.exact("ord2ymd")?;
    let Value::Int(n) = n else {
        return Err(RunError::internal("ord2ymd of a non-int"));
    };
    let (y, m, d) = ordinal_to_ymd(n);
    Ok(vm.new_tuple(vec![Value::Int(y), Value::Int(m), Value::Int(d)]))
}

/// `check_date(year, month, day)`: `True` for a valid date of ints, CPython's
/// `ValueError` for an invalid one, `False` when an argument is not a plain
/// int (the Python check converts it with `__index__` first).
pub(crate) fn check_date(_: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let values = args.exact("check_date")?;
    let Some([year, month, day]) = ints(values) else {
        return Ok(Value::Bool(false));
    };
    if !(1..=MAX_YEAR).contains(&year) {
        return Err(value_error(format!("year {year} is out of range")));
    }
    if !(1..=12).contains(&month) {
        return Err(value_error("month must be in 1..12".to_owned()));
    }
    if !(1..=days_in_month(year, month)).contains(&day) {
        return Err(value_error("day is out of range for month".to_owned()));
    }
    Ok(Value::Bool(true))
}

/// `check_time(hour, minute, second, microsecond, fold)`: as [`check_date`].
pub(crate) fn check_time(_: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let values = args.exact("check_time")?;
    let Some([hour, minute, second, microsecond, fold]) = ints(values) else {
        return Ok(Value::Bool(false));
    };
    let checks: [(i64, i64, &str); 4] = [
        (hour, 23, "hour must be in 0..23"),
        (minute, 59, "minute must be in 0..59"),
        (second, 59, "second must be in 0..59"),
        (microsecond, 999_999, "microsecond must be in 0..999999"),
    ];
    for (value, max, msg) in checks {
        if !(0..=max).contains(&value) {
            return Err(value_error(msg.to_owned()));
        }
    }
    if fold != 0 && fold != 1 {
        return Err(value_error("fold must be either 0 or 1".to_owned()));
    }
    Ok(Value::Bool(true))
}

/// `td_normalize(days, seconds, microseconds)`: the normalised
/// `(days, seconds, microseconds)` of a timedelta (`0 <= seconds < 86400`,
/// `0 <= microseconds < 10**6`), CPython's `OverflowError` past
/// 999999999 days, `False` for anything but plain ints.
pub(crate) fn td_normalize(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let values = args.exact("td_normalize")?;
    let Some([days, seconds, micros]) = ints(values) else {
        return Ok(Value::Bool(false));
    };
    let total =
        i128::from(days) * 86_400_000_000 + i128::from(seconds) * 1_000_000 + i128::from(micros);
    let us = total.rem_euclid(1_000_000);
    let secs = total.div_euclid(1_000_000);
    let s = secs.rem_euclid(86_400);
    let d = secs.div_euclid(86_400);
    if d.abs() > 999_999_999 {
        // CPython converts the days to a C int first.
        let msg = if i32::try_from(d).is_ok() {
            format!("days={d}; must have magnitude <= 999999999")
        } else {
            "Python int too large to convert to C int".to_owned()
        };
        return Err(RunError::new(ExcKind::OverflowError, msg));
    }
    let to = |x: i128| Value::Int(i64::try_from(x).unwrap_or(0));
    Ok(vm.new_tuple(vec![to(d), to(s), to(us)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `date.max.toordinal()`.
    const MAX_ORDINAL: i64 = 3_652_059;

    #[test]
    fn ordinals_round_trip_like_cpython() {
        // python3: date(2024, 2, 29).toordinal(), date.max.toordinal()
        assert_eq!(ymd_to_ordinal(2024, 2, 29), 738_945);
        assert_eq!(ymd_to_ordinal(9999, 12, 31), MAX_ORDINAL);
        assert_eq!(ymd_to_ordinal(1, 1, 1), 1);
        for n in (1..MAX_ORDINAL).step_by(997) {
            let (y, m, d) = ordinal_to_ymd(n);
            assert_eq!(ymd_to_ordinal(y, m, d), n);
        }
        assert_eq!(ordinal_to_ymd(738_945), (2024, 2, 29));
        assert_eq!(ordinal_to_ymd(MAX_ORDINAL), (9999, 12, 31));
    }
}
