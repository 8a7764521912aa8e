//! "Did you mean: 'x'?" after `NameError`/`AttributeError` in tracebacks:
//! CPython 3.11's `Python/suggestions.c` (Levenshtein distance with a cost of
//! 2 per edit and 1 for a case change, candidates from `dir(obj)` or from the
//! failing frame's variables, globals and builtins).

use super::vm::Vm;
use crate::exc::ExcKind;
use crate::value::exception::TracebackEntry;
use crate::value::object::Object;
use crate::value::ObjId;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` over UTF-8 bytes, giving up past `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ca) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ca);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The builtins module's names in CPython's own order (`list(builtins.__dict__)` under
/// `python3 FILE`): `NameError` suggestions go through them in this order, so of two
/// equally close names the first wins (`kin` -> `bin`, not `min`; found by pyex-fuzz).
const CPYTHON_BUILTINS_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// CPython's `calculate_suggestions`: the closest candidate within reach.
pub(crate) fn best_suggestion<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() > MAX_CANDIDATE_ITEMS || name.len() > MAX_STRING_SIZE {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s)
}

impl Vm {
    /// `. Did you mean: 'x'?` for a `NameError`/`AttributeError` that
    /// carries `name` (and `obj`), or an empty string.
    pub(crate) fn suggestion_suffix(&mut self, exc: ObjId) -> String {
        let Object::Exception(e) = self.heap.get(exc) else {
            return String::new();
        };
        let (kind, entries) = (e.kind, e.traceback.clone());
        let (name_sym, obj_sym) = (self.interner.intern("name"), self.interner.intern("obj"));
        let (name, obj) = (e.attrs.get(name_sym), e.attrs.get(obj_sym));
        let Some(name) = name.and_then(|n| self.str_value(n)) else {
            return String::new();
        };
        let found = if kind.is_subclass_of(ExcKind::AttributeError) {
            obj.and_then(|obj| {
                let mut candidates = self.attribute_names(obj).unwrap_or_default();
                // In `dir()` order: ties go to the first name, as in CPython.
                candidates.sort();
                candidates.dedup();
                best_suggestion(&candidates, &name).map(str::to_owned)
            })
        } else if kind.is_subclass_of(ExcKind::NameError) {
            self.name_suggestion(entries.first().copied(), &name)
        } else {
            None
        };
        found.map_or_else(String::new, |s| format!(". Did you mean: '{s}'?"))
    }

    /// The closest variable of the failing code, else global, else builtin.
    fn name_suggestion(&mut self, entry: Option<TracebackEntry>, name: &str) -> Option<String> {
        let varnames: Vec<String> = entry
            .and_then(|e| {
                let program = self.program_of(e.code).ok()?;
                let code = Vm::code_in(&program, e.code).ok()?;
                Some(code.varnames.iter().map(ToString::to_string).collect())
            })
            .unwrap_or_default();
        if let Some(s) = best_suggestion(&varnames, name) {
            return Some(s.to_owned());
        }
        for module in [self.loaded_main(), Some(self.builtins)] {
            let Some(Object::Module(m)) = module.map(|id| self.heap.get(id)) else {
                continue;
            };
            let mut names: Vec<String> = m
                .attrs
                .iter()
                .map(|(k, _)| self.interner.name(k).to_owned())
                .collect();
            if module == Some(self.builtins) {
                names.sort_by_key(|n| {
                    CPYTHON_BUILTINS_ORDER
                        .iter()
                        .position(|b| b == n)
                        .unwrap_or(usize::MAX)
                });
            }
            if let Some(s) = best_suggestion(&names, name) {
                return Some(s.to_owned());
            }
        }
        None
    }

    /// The `__main__` module, if loaded.
    fn loaded_main(&self) -> Option<ObjId> {
        self.modules.get("__main__")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_follow_cpython() {
        assert_eq!(levenshtein(b"average", b"avergae", 100), 4);
        assert_eq!(levenshtein(b"Name", b"name", 100), 1);
        assert_eq!(levenshtein(b"", b"abc", 100), 6);
    }

    #[test]
    fn suggests_the_closest_name() {
        let names = vec!["average".to_owned(), "values".to_owned()];
        assert_eq!(best_suggestion(&names, "avergae"), Some("average"));
        assert_eq!(best_suggestion(&names, "zzzzzz"), None);
    }
}
