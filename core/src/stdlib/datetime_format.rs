//! `_datetime_core.strftime`: `time.strftime` (`python/time.py`, the C
//! locale) for the time tuples `datetime` builds, in Rust. `datetime.py`
//! calls it when the format has no `%f`, `%z` or `%Z` (which it substitutes
//! itself); the directives, flags (`-`, `_`, `0`, `^`, `#`) and modifiers
//! (`E`, `O`) print what CPython's (glibc's) `strftime` prints: `time.py`'s
//! table, except `%C` unpadded and `%_H` of 0 as ` 0`, as glibc does.

use std::fmt::Write as _;

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A checked time tuple: year, month, day, hour, minute, second, weekday
/// (Monday = 0), day of the year.
struct Tm {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    wday: i64,
    yday: i64,
}

/// `strftime(format, timetuple)`: the formatted text (the zone of `%Z` is
/// `UTC`, as for a `struct_time` without one), or `None` when the tuple is not
/// nine plain ints in `time.strftime`'s ranges (then `time.strftime` decides,
/// with its errors).
pub(crate) fn strftime(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [format, t] = args.exact("strftime")?;
    let format = match format.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => s.as_str().to_owned(),
        _ => return Err(RunError::internal("strftime of a non-str")),
    };
    let fields: Vec<i64> = match t.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) if items.len() == 9 => items
            .iter()
            .filter_map(|v| match v {
                Value::Int(i) => Some(*i),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let [year, month, day, hour, minute, second, wday, yday, _] = fields[..] else {
        return Ok(Value::None);
    };
    let in_range = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && (0..=23).contains(&hour)
        && (0..=59).contains(&minute)
        && (0..=61).contains(&second)
        && wday >= 0
        && (1..=366).contains(&yday);
    if !in_range {
        return Ok(Value::None);
    }
    let tm = Tm {
        year,
        month,
        day,
        hour,
        minute,
        second,
        wday: wday.rem_euclid(7),
        yday,
    };
    Ok(vm.new_str(format_tm(&format, &tm, "UTC")))
}

/// `time.strftime`'s loop over the format.
fn format_tm(format: &str, tm: &Tm, zone: &str) -> String {
    let chars: Vec<char> = format.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(format.len() + 16);
    let mut i = 0;
    while i < n {
        let Some(pct) = chars[i..].iter().position(|c| *c == '%').map(|p| p + i) else {
            out.extend(&chars[i..]);
            break;
        };
        if pct + 1 >= n {
            out.extend(&chars[i..]);
            break;
        }
        out.extend(&chars[i..pct]);
        i = pct;
        let mut j = i + 1;
        let mut flag = None;
        if "-_0^#".contains(chars[j]) {
            flag = Some(chars[j]);
            j += 1;
        }
        if j < n && (chars[j] == 'E' || chars[j] == 'O') {
            j += 1;
        }
        if j >= n {
            out.extend(&chars[i..]);
            break;
        }
        match directive(chars[j], tm, zone) {
            None => out.extend(&chars[i..=j]),
            Some(text) => push_flagged(&mut out, &text, flag),
        }
        i = j + 1;
    }
    out
}

/// A directive's text with its flag applied.
fn push_flagged(out: &mut String, text: &str, flag: Option<char>) {
    match flag {
        Some('-') if text.is_empty() || text.starts_with(['0', ' ']) => {
            let stripped = text.trim_start_matches(['0', ' ']);
            out.push_str(if stripped.is_empty() { "0" } else { stripped });
        }
        Some('_') => {
            // glibc: leading zeros become spaces, the last digit stays.
            let zeros = text.len() - text.trim_start_matches('0').len();
            let zeros = if zeros == text.len() {
                zeros.saturating_sub(1)
            } else {
                zeros
            };
            out.extend(std::iter::repeat_n(' ', zeros));
            out.push_str(text.get(zeros..).unwrap_or(""));
        }
        Some('^') => out.push_str(&text.to_uppercase()),
        _ => out.push_str(text),
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// `(ISO year, ISO week)` (`time.py`'s `_iso_week`).
fn iso_week(tm: &Tm) -> (i64, i64) {
    let (y, yday, wday) = (tm.year, tm.yday, tm.wday);
    let week = (yday - wday + 9).div_euclid(7);
    if week < 1 {
        let pdays = if is_leap(y - 1) { 366 } else { 365 };
        return (y - 1, (yday + pdays - wday + 9).div_euclid(7));
    }
    let days = if is_leap(y) { 366 } else { 365 };
    if yday - wday + 3 > days {
        return (y + 1, 1);
    }
    (y, week)
}

/// Days from 1970-01-01 (`time.py`'s `_civil_to_days`).
fn civil_to_days(y: i64, m: i64, d: i64) -> i64 {
    let y = y - i64::from(m <= 2);
    let era = (if y >= 0 { y } else { y - 399 }).div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2).div_euclid(5) + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn hour12(tm: &Tm) -> i64 {
    match tm.hour.rem_euclid(12) {
        0 => 12,
        h => h,
    }
}

fn am_pm(tm: &Tm) -> &'static str {
    if tm.hour < 12 {
        "AM"
    } else {
        "PM"
    }
}

fn name(names: &[&'static str], i: i64) -> &'static str {
    usize::try_from(i)
        .ok()
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or("")
}

/// The three-letter abbreviation.
fn abbr(names: &[&'static str], i: i64) -> &'static str {
    name(names, i).get(..3).unwrap_or("")
}

/// What directive `c` prints, `None` for an unknown one (printed as it is).
fn directive(c: char, tm: &Tm, zone: &str) -> Option<String> {
    let mut s = String::new();
    let _ = match c {
        'Y' => write!(s, "{}", tm.year),
        'm' => write!(s, "{:02}", tm.month),
        'd' => write!(s, "{:02}", tm.day),
        'e' => write!(s, "{:2}", tm.day),
        'H' => write!(s, "{:02}", tm.hour),
        'k' => write!(s, "{:2}", tm.hour),
        'M' => write!(s, "{:02}", tm.minute),
        'S' => write!(s, "{:02}", tm.second),
        'y' => write!(s, "{:02}", tm.year.rem_euclid(100)),
        'C' => write!(s, "{}", tm.year.div_euclid(100)),
        'j' => write!(s, "{:03}", tm.yday),
        'a' => write!(s, "{}", abbr(&DAYS, tm.wday)),
        'A' => write!(s, "{}", name(&DAYS, tm.wday)),
        'b' | 'h' => write!(s, "{}", abbr(&MONTHS, tm.month - 1)),
        'B' => write!(s, "{}", name(&MONTHS, tm.month - 1)),
        'p' => write!(s, "{}", am_pm(tm)),
        'P' => write!(s, "{}", am_pm(tm).to_lowercase()),
        'I' => write!(s, "{:02}", hour12(tm)),
        'l' => write!(s, "{:2}", hour12(tm)),
        'w' => write!(s, "{}", (tm.wday + 1) % 7),
        'u' => write!(s, "{}", tm.wday + 1),
        'U' => write!(s, "{:02}", (tm.yday + 6 - (tm.wday + 1) % 7).div_euclid(7)),
        'W' => write!(s, "{:02}", (tm.yday + 6 - tm.wday).div_euclid(7)),
        'G' => write!(s, "{}", iso_week(tm).0),
        'g' => write!(s, "{:02}", iso_week(tm).0.rem_euclid(100)),
        'V' => write!(s, "{:02}", iso_week(tm).1),
        'Z' => write!(s, "{zone}"),
        'z' => write!(s, "+0000"),
        's' => write!(
            s,
            "{}",
            civil_to_days(tm.year, tm.month, tm.day) * 86_400
                + tm.hour * 3600
                + tm.minute * 60
                + tm.second
        ),
        'c' => write!(
            s,
            "{} {} {:2} {:02}:{:02}:{:02} {}",
            abbr(&DAYS, tm.wday),
            abbr(&MONTHS, tm.month - 1),
            tm.day,
            tm.hour,
            tm.minute,
            tm.second,
            tm.year
        ),
        'x' | 'D' => write!(
            s,
            "{:02}/{:02}/{:02}",
            tm.month,
            tm.day,
            tm.year.rem_euclid(100)
        ),
        'X' | 'T' => write!(s, "{:02}:{:02}:{:02}", tm.hour, tm.minute, tm.second),
        'r' => write!(
            s,
            "{:02}:{:02}:{:02} {}",
            hour12(tm),
            tm.minute,
            tm.second,
            am_pm(tm)
        ),
        'F' => write!(s, "{}-{:02}-{:02}", tm.year, tm.month, tm.day),
        'R' => write!(s, "{:02}:{:02}", tm.hour, tm.minute),
        'n' => {
            s.push('\n');
            Ok(())
        }
        't' => {
            s.push('\t');
            Ok(())
        }
        '%' => {
            s.push('%');
            Ok(())
        }
        _ => return None,
    };
    Some(s)
}
