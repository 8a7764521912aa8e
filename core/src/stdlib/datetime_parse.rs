//! `_datetime_core.strptime_match`: the backtracking matcher of `strptime`
//! (`python/_strptime.py`'s `_match`) in Rust. `_strptime.py` compiles the
//! format into tokens (cached) and keeps every message; this walks the same
//! alternatives in the same order (CPython's regular expression's order), so
//! the same strings match and the same groups are found.

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::str::is_space;
use crate::value::Value;

/// Formats with more tokens than this are left to the Python matcher (the
/// matcher recurses once per directive or whitespace run).
const MAX_TOKENS: usize = 1000;

const D: &str = "0123456789";
const N: &str = "123456789";

/// One compiled token of the format.
enum Token {
    /// A literal character (matched case-insensitively).
    Lit(char),
    /// A run of whitespace in the format: any whitespace, backtracking.
    Ws,
    /// A directive (`d`, `Y`, `b`, `z`, ...).
    Dir(char),
}

/// The alternatives of a numeric directive, each a list of allowed-character
/// sets, in the order of `_strptime.py`'s `_NUMERIC` patterns.
fn numeric(key: char) -> Option<&'static [&'static [&'static str]]> {
    Some(match key {
        'd' => &[&["3", "01"], &["12", D], &["0", N], &[N], &[" ", N]],
        'f' => &[
            &[D, D, D, D, D, D],
            &[D, D, D, D, D],
            &[D, D, D, D],
            &[D, D, D],
            &[D, D],
            &[D],
        ],
        'H' => &[&["2", "0123"], &["01", D], &[D]],
        'I' | 'm' => &[&["1", "012"], &["0", N], &[N]],
        'G' | 'Y' => &[&[D, D, D, D]],
        'j' => &[
            &["3", "6", "0123456"],
            &["3", "012345", D],
            &["12", D, D],
            &["0", N, D],
            &["0", "0", N],
            &[N, D],
            &["0", N],
            &[N],
        ],
        'M' => &[&["012345", D], &[D]],
        'S' => &[&["6", "01"], &["012345", D], &[D]],
        'U' | 'W' => &[&["5", "0123"], &["01234", D], &[D]],
        'w' => &[&["0123456"]],
        'u' => &[&["1234567"]],
        'V' => &[&["5", "0123"], &["0", N], &["1234", D], &[D]],
        'y' => &[&[D, D]],
        _ => return None,
    })
}

/// The names a name directive matches, longest first (`_NAMES`).
fn names(key: char) -> &'static [&'static str] {
    match key {
        'A' => &[
            "wednesday",
            "thursday",
            "saturday",
            "tuesday",
            "monday",
            "friday",
            "sunday",
        ],
        'a' => &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        'B' => &[
            "september",
            "february",
            "november",
            "december",
            "january",
            "october",
            "august",
            "march",
            "april",
            "june",
            "july",
            "may",
        ],
        'b' => &[
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ],
        'p' => &["am", "pm"],
        'Z' => &["utc", "gmt"],
        _ => &[],
    }
}

/// Whether `c` lowercases to exactly `lower`.
fn lower_is(c: char, lower: char) -> bool {
    let mut it = c.to_lowercase();
    it.next() == Some(lower) && it.next().is_none()
}

struct Matcher<'a> {
    tokens: &'a [Token],
    s: &'a [char],
    /// The groups found so far, in `dict` insertion order.
    found: Vec<(char, (usize, usize))>,
}

impl Matcher<'_> {
    fn set(&mut self, key: char, span: (usize, usize)) {
        match self.found.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = span,
            None => self.found.push((key, span)),
        }
    }

    fn pop(&mut self, key: char) {
        self.found.retain(|(k, _)| *k != key);
    }

    /// Where directive `key` can end at `pos`, in order of preference.
    fn candidates(&self, key: char, pos: usize) -> Vec<usize> {
        let s = self.s;
        if let Some(alternatives) = numeric(key) {
            return alternatives
                .iter()
                .filter(|alt| {
                    pos + alt.len() <= s.len()
                        && alt
                            .iter()
                            .enumerate()
                            .all(|(k, cs)| cs.contains(s[pos + k]))
                })
                .map(|alt| pos + alt.len())
                .collect();
        }
        if key == 'z' {
            return z_ends(s, pos);
        }
        names(key)
            .iter()
            .filter(|name| {
                let n = name.chars().count();
                pos + n <= s.len()
                    && name
                        .chars()
                        .zip(&s[pos..pos + n])
                        .all(|(l, c)| lower_is(*c, l))
            })
            .map(|name| pos + name.len())
            .collect()
    }

    /// `_match(tokens, s, t, pos, found)`: the end position, or `None`.
    fn run(&mut self, mut t: usize, mut pos: usize) -> Option<usize> {
        loop {
            let Some(token) = self.tokens.get(t) else {
                return Some(pos);
            };
            match token {
                Token::Lit(c) => {
                    let ok = self
                        .s
                        .get(pos)
                        .is_some_and(|x| x == c || x.to_lowercase().eq(c.to_lowercase()));
                    if !ok {
                        return None;
                    }
                    t += 1;
                    pos += 1;
                }
                Token::Ws => {
                    let mut end = pos;
                    while self.s.get(end).is_some_and(|c| is_space(*c)) {
                        end += 1;
                    }
                    while end > pos {
                        if let Some(r) = self.run(t + 1, end) {
                            return Some(r);
                        }
                        end -= 1;
                    }
                    return None;
                }
                Token::Dir(key) => {
                    let key = *key;
                    for end in self.candidates(key, pos) {
                        self.set(key, (pos, end));
                        if let Some(r) = self.run(t + 1, end) {
                            return Some(r);
                        }
                    }
                    self.pop(key);
                    return None;
                }
            }
        }
    }
}

/// `_z_ends`: where `%z` can end at `pos`, in the regex's order of preference.
fn z_ends(s: &[char], pos: usize) -> Vec<usize> {
    let at = |i: usize| s.get(i).copied().unwrap_or('\0');
    let digit = |i: usize| at(i).is_ascii_digit();
    let sixty = |i: usize| ('0'..='5').contains(&at(i));
    let mut ends = Vec::new();
    if pos + 5 <= s.len() && matches!(at(pos), '+' | '-') && digit(pos + 1) && digit(pos + 2) {
        let mut p = pos + 3;
        if at(p) == ':' && p < s.len() {
            p += 1;
        }
        if p + 2 <= s.len() && sixty(p) && digit(p + 1) {
            p += 2;
            let base = p;
            let mut q = p;
            if q < s.len() && at(q) == ':' {
                q += 1;
            }
            if q + 2 <= s.len() && sixty(q) && digit(q + 1) {
                q += 2;
                let sec_end = q;
                if q + 1 < s.len() && at(q) == '.' && digit(q + 1) {
                    let mut k = q + 1;
                    while k < s.len() && k - q - 1 < 6 && digit(k) {
                        k += 1;
                    }
                    ends.extend((q + 2..=k).rev());
                }
                ends.push(sec_end);
            }
            ends.push(base);
        }
    }
    if ends.is_empty() && at(pos) == 'Z' && pos < s.len() {
        ends.push(pos + 1);
    }
    ends
}

/// Reads `_strptime.py`'s token list: `('lit', c)`, `('ws',)`, `('dir', key)`.
fn tokens(vm: &Vm, list: Value) -> Option<Vec<Token>> {
    let Some(Object::List(items)) = list.as_obj().map(|id| vm.heap.get(id)) else {
        return None;
    };
    let text = |v: &Value| match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Some(s.as_str()),
        _ => None,
    };
    let single = |v: &Value| {
        let t = text(v)?;
        let mut chars = t.chars();
        let c = chars.next()?;
        chars.next().is_none().then_some(c)
    };
    items
        .iter()
        .map(|item| match item.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Tuple(parts)) => match (parts.first().and_then(text), parts.get(1)) {
                (Some("lit"), Some(c)) => single(c).map(Token::Lit),
                (Some("ws"), None) => Some(Token::Ws),
                (Some("dir"), Some(k)) => single(k).map(Token::Dir),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// `strptime_match(tokens, s)`: `(end, [(key, text), ...])` with `end` -1 when
/// `s` does not match, or `None` when the Python matcher must decide.
pub(crate) fn strptime_match(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [list, s] = args.exact("strptime_match")?;
    let Some(tokens) = tokens(vm, list).filter(|t| t.len() <= MAX_TOKENS) else {
        return Ok(Value::None);
    };
    let chars: Vec<char> = match s.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(text)) => text.as_str().chars().collect(),
        _ => return Err(RunError::internal("strptime_match of a non-str")),
    };
    let mut matcher = Matcher {
        tokens: &tokens,
        s: &chars,
        found: Vec::new(),
    };
    let end = matcher.run(0, 0);
    let found = std::mem::take(&mut matcher.found);
    let mut pairs = Vec::with_capacity(found.len());
    for (key, (a, b)) in found {
        let k = vm.new_str(key.to_string());
        let v = vm.new_str(chars.get(a..b).unwrap_or(&[]).iter().collect());
        pairs.push(vm.new_tuple(vec![k, v]));
    }
    let pairs = vm.new_list(pairs);
    let end = end.map_or(-1, |e| i64::try_from(e).unwrap_or(-1));
    Ok(vm.new_tuple(vec![Value::Int(end), pairs]))
}
