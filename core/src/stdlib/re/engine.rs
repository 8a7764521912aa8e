//! The compiled form of a pattern and the searches `re` makes with it.
//!
//! The Python half translates a parsed pattern into regex-crate syntax
//! (`api.py`, `_Translator`). A pattern without backreferences or
//! lookaround runs on `regex_automata::meta` (linear time, real anchored
//! searches); the others on fancy-regex's backtracking VM, where `\G`
//! anchors a match at `pos`. Python's `$` (end, or before a final newline)
//! has no regex-crate spelling, so a pattern using it gets two translations:
//! `\z` for texts that do not end in a newline, a lookahead for the rest.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use regex_automata::meta;
use regex_automata::{Anchored, Input};
use serde::{Deserialize, Serialize};

/// How a search is anchored (`search`, `match`, `fullmatch`), plus the
/// iteration step after an empty match (`NonEmpty`: anchored and non-empty,
/// CPython's `must_advance`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Anywhere from `pos`.
    Search,
    /// Starting at `pos`.
    Match,
    /// Starting at `pos` and ending at the end.
    Full,
    /// Starting at `pos` and not empty.
    NonEmpty,
}

/// One compiled regex: a linear-time one when the syntax allows, else a
/// backtracking one.
#[derive(Debug)]
enum Engine {
    Meta(meta::Regex),
    Fancy(fancy_regex::Regex),
}

/// The group spans of one match, as byte offsets of the searched text.
pub(crate) type Spans = Vec<Option<(usize, usize)>>;

/// Everything known about a compiled pattern; shared by every `Pattern`
/// object made from the same arguments (the process-wide cache).
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Spec {
    /// `Pattern.flags`: the flags after inline flags and the str/bytes default.
    pub flags: i64,
    /// `Pattern.groups`.
    pub groups: usize,
    /// The group enclosing each group (`parents[g - 1]`, 0 for none).
    pub parents: Vec<usize>,
    /// `Pattern.groupindex`, in definition order.
    pub names: Vec<(String, usize)>,
    /// A bytes pattern (it matches bytes, read as latin-1 text).
    pub bytes: bool,
    /// The translation (`$` spelt `\z`).
    plain: String,
    /// Whether `plain` needs the backtracking engine.
    plain_hard: bool,
    /// The translation with `$` as a lookahead, when the pattern has `$`.
    dollar: Option<String>,
    /// Engines built on first use: `[base, full, anchored, non-empty]` for
    /// `plain`, then the same for `dollar`.
    #[serde(skip)]
    engines: [OnceLock<Result<Engine, String>>; 8],
}

impl Spec {
    /// A pattern's spec from its translation.
    pub(crate) fn new(
        flags: i64,
        parents: Vec<usize>,
        names: Vec<(String, usize)>,
        bytes: bool,
        plain: String,
        plain_hard: bool,
        dollar: Option<String>,
    ) -> Self {
        Spec {
            flags,
            groups: parents.len(),
            parents,
            names,
            bytes,
            plain,
            plain_hard,
            dollar,
            engines: Default::default(),
        }
    }

    /// Checks that the translation compiles (the error text if not).
    pub(crate) fn check(&self) -> Result<(), String> {
        self.engine(false, 0).map(drop)
    }

    /// Whether group `outer` encloses group `inner` in the pattern.
    pub(crate) fn encloses(&self, outer: usize, inner: usize) -> bool {
        let mut g = inner;
        while let Some(&parent) = g.checked_sub(1).and_then(|i| self.parents.get(i)) {
            if parent == outer {
                return true;
            }
            g = parent;
        }
        false
    }

    /// The group number of `name`.
    pub(crate) fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
    }

    /// The name of group `index`, if it has one.
    pub(crate) fn group_name(&self, index: usize) -> Option<&str> {
        self.names
            .iter()
            .find(|(_, i)| *i == index)
            .map(|(n, _)| n.as_str())
    }

    /// Engine `slot` (0..4) of the `$`-as-lookahead translation when `nl`.
    fn engine(&self, nl: bool, slot: usize) -> Result<&Engine, String> {
        let nl = nl && self.dollar.is_some();
        let index = slot + if nl { 4 } else { 0 };
        let cell = self
            .engines
            .get(index)
            .ok_or_else(|| "engine slot".to_owned())?;
        cell.get_or_init(|| {
            let (body, hard) = match (&self.dollar, nl) {
                (Some(d), true) => (d.as_str(), true),
                _ => (self.plain.as_str(), self.plain_hard),
            };
            match slot {
                0 => build(body, hard),
                1 => build(&format!("(?:{body})\\z"), hard),
                2 => build(&format!("\\G(?:{body})"), true),
                _ => build(&format!("\\G(?:{body})(?<!\\G)"), true),
            }
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// The first match in `text` (already cut at `endpos`) at or after byte
    /// `pos`, anchored as `mode` says.
    pub(crate) fn find(&self, text: &str, pos: usize, mode: Mode) -> Result<Option<Spans>, String> {
        let nl = self.dollar.is_some() && text.ends_with('\n');
        let base = self.engine(nl, 0)?;
        let engine = match (mode, base) {
            (Mode::Search, _) | (Mode::Match, Engine::Meta(_)) => base,
            (Mode::Full, _) => self.engine(nl, 1)?,
            (Mode::Match, Engine::Fancy(_)) => self.engine(nl, 2)?,
            (Mode::NonEmpty, _) => self.engine(nl, 3)?,
        };
        let anchored = mode != Mode::Search;
        match engine {
            Engine::Meta(re) => Ok(meta_find(re, text, pos, anchored)),
            Engine::Fancy(re) => {
                let caps = re.captures_from_pos(text, pos).map_err(|e| e.to_string())?;
                let Some(caps) = caps else { return Ok(None) };
                let spans: Spans = (0..caps.len())
                    .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                    .collect();
                let start = spans.first().copied().flatten();
                if anchored && start.is_some_and(|(s, _)| s != pos) {
                    return Ok(None);
                }
                Ok(Some(spans))
            }
        }
    }

    /// Every match from `pos` on, with CPython 3.7+'s rule for empty
    /// matches: after an empty match the next must not be empty at the
    /// same place (an empty match right after a non-empty one is fine).
    /// Stops after `limit` matches when given.
    pub(crate) fn find_all(
        &self,
        text: &str,
        mut pos: usize,
        limit: Option<usize>,
    ) -> Result<Vec<Spans>, String> {
        let mut found = Vec::new();
        let mut must_advance = false;
        while pos <= text.len() && limit.is_none_or(|l| found.len() < l) {
            let spans = if must_advance {
                match self.find(text, pos, Mode::NonEmpty)? {
                    Some(s) => Some(s),
                    None => match next_char(text, pos) {
                        Some(next) => self.find(text, next, Mode::Search)?,
                        None => None,
                    },
                }
            } else {
                self.find(text, pos, Mode::Search)?
            };
            let Some(spans) = spans else { break };
            let Some((start, end)) = spans.first().copied().flatten() else {
                break;
            };
            must_advance = start == end;
            pos = end;
            found.push(spans);
        }
        Ok(found)
    }
}

/// The byte offset of the character after the one at `pos`.
fn next_char(text: &str, pos: usize) -> Option<usize> {
    let c = text.get(pos..)?.chars().next()?;
    Some(pos + c.len_utf8())
}

/// A search with the linear-time engine.
fn meta_find(re: &meta::Regex, text: &str, pos: usize, anchored: bool) -> Option<Spans> {
    let mut input = Input::new(text).span(pos..text.len());
    if anchored {
        input = input.anchored(Anchored::Yes);
    }
    let mut caps = re.create_captures();
    re.search_captures(&input, &mut caps);
    if !caps.is_match() {
        return None;
    }
    Some(
        (0..caps.group_len())
            .map(|i| caps.get_group(i).map(|s| (s.start, s.end)))
            .collect(),
    )
}

/// Compiles one translation.
fn build(pattern: &str, hard: bool) -> Result<Engine, String> {
    if !hard {
        // No fully compiled DFA: it halves the build time of a pattern and the
        // lazy DFA searches nearly as fast.
        let config = meta::Config::new().dfa(false);
        if let Ok(re) = meta::Builder::new().configure(config).build(pattern) {
            return Ok(Engine::Meta(re));
        }
    }
    fancy_regex::RegexBuilder::new(pattern)
        .backtrack_limit(50_000_000)
        .build()
        .map(Engine::Fancy)
        .map_err(|e| e.to_string())
}

/// The cache key of a compiled pattern: its text (bytes patterns as their
/// bytes), whether it is bytes, and the `flags` argument.
pub(crate) type Key = (Vec<u8>, bool, i64);

/// Compiled patterns by key, shared by every run in the process (CPython
/// keeps `re._cache` per process too). Cleared when it grows past 512.
fn cache() -> &'static Mutex<HashMap<Key, Arc<Spec>>> {
    static CACHE: OnceLock<Mutex<HashMap<Key, Arc<Spec>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The cached spec for `key`.
pub(crate) fn cached(key: &Key) -> Option<Arc<Spec>> {
    cache().lock().ok()?.get(key).cloned()
}

/// Remembers `spec` under `key`.
pub(crate) fn remember(key: Key, spec: Arc<Spec>) {
    if let Ok(mut c) = cache().lock() {
        if c.len() >= 512 {
            c.clear();
        }
        c.insert(key, spec);
    }
}

/// A parsed replacement template: literal pieces and group references.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum TemplatePiece {
    /// Text (latin-1 for bytes patterns).
    Literal(String),
    /// `\1`, `\g<name>`.
    Group(usize),
}

/// Parsed templates by (pattern key, template text).
#[expect(clippy::type_complexity, reason = "a cache map, used in two functions")]
fn templates() -> &'static Mutex<HashMap<(Key, Vec<u8>), Arc<Vec<TemplatePiece>>>> {
    static CACHE: OnceLock<Mutex<HashMap<(Key, Vec<u8>), Arc<Vec<TemplatePiece>>>>> =
        OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The parsed template `repl` of the pattern with key `key`.
pub(crate) fn cached_template(key: &Key, repl: &[u8]) -> Option<Arc<Vec<TemplatePiece>>> {
    let map = templates().lock().ok()?;
    map.get(&(key.clone(), repl.to_vec())).cloned()
}

/// Remembers a parsed template.
pub(crate) fn remember_template(key: Key, repl: Vec<u8>, pieces: Vec<TemplatePiece>) {
    if let Ok(mut map) = templates().lock() {
        if map.len() >= 512 {
            map.clear();
        }
        map.insert((key, repl), Arc::new(pieces));
    }
}
