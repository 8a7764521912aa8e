//! `parse_module`: pre-pass, nesting guard, grammar, builder.

use pest::Parser;

use super::super::ast::{Arguments, Module, Span};
use super::super::indent::prepare;
use super::super::{LineIndex, SyntaxError};
use super::builder::{too_deep, Builder, PResult, PythonParser, Rule};
use super::errors::parse_error;

/// How many constructs that make the grammar recurse (`lambda`, a conditional
/// expression, `**`) one logical line may hold. pest recurses per construct, so
/// this bounds its stack use; CPython itself fails (`MemoryError`) near 3,000.
const MAX_RECURSIVE_PER_LINE: usize = 1_000;

/// Parses a whole source file into a [`Module`], or returns the first syntax
/// error in source order, as CPython 3.11's `compile(..., "exec")` would.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let index = LineIndex::new(source);
    if u32::try_from(source.len()).is_err() {
        return Err(SyntaxError::syntax(
            "source too large",
            Span::default(),
            &index,
        ));
    }
    let prepared = prepare(source, &index);
    if let Some(offset) = too_recursive(&prepared.text) {
        let at = prepared.source_offset(offset);
        return Err(too_deep(Span::new(at, at), &index));
    }
    let file = match PythonParser::parse(Rule::file, &prepared.text) {
        Ok(mut pairs) => pairs.next(),
        Err(e) => {
            let pos = match e.location {
                pest::error::InputLocation::Pos(p) | pest::error::InputLocation::Span((p, _)) => p,
            };
            let rest = prepared.text.get(pos..).unwrap_or("");
            let at_end = rest
                .trim_matches(|c: char| c == ' ' || c == '\u{21E4}')
                .is_empty();
            return Err(match prepared.error {
                Some(err) if at_end => err,
                _ => prepared.parser_error(parse_error(&prepared, &index, pos)),
            });
        }
    };
    if let Some(err) = prepared.error {
        return Err(err);
    }
    let mut builder = Builder {
        prepared: &prepared,
        index: &index,
        depth: 0,
        base: 0,
    };
    let file =
        file.ok_or_else(|| SyntaxError::syntax("internal parser error", Span::default(), &index))?;
    let body = builder.statements(file)?;
    Ok(Module {
        body,
        span: Span::new(0, source.len() as u32),
    })
}

/// The offset of the first logical line with too many recursive constructs.
fn too_recursive(text: &str) -> Option<usize> {
    let mut count = 0;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i) {
            Some(b'\n') => {
                count = 0;
                line_start = i + 1;
            }
            Some(b'*') if bytes.get(i + 1) == Some(&b'*') => {
                count += 1;
                i += 1;
            }
            Some(b'l' | b'i')
                if i == 0
                    || !bytes
                        .get(i - 1)
                        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') =>
            {
                let rest = &bytes[i..];
                if rest.starts_with(b"lambda") || rest.starts_with(b"if") {
                    count += 1;
                }
            }
            _ => {}
        }
        if count > MAX_RECURSIVE_PER_LINE {
            return Some(line_start);
        }
        i += 1;
    }
    None
}

impl Builder<'_> {
    /// CPython's compile-time "duplicate argument 'x' in function definition".
    pub(super) fn check_duplicate_params(&self, args: &Arguments) -> PResult<()> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut seen = std::collections::HashSet::new();
        for arg in all {
            if !seen.insert(&arg.arg.name) {
                let msg = format!(
                    "duplicate argument '{}' in function definition",
                    arg.arg.name
                );
                return Err(self.error(msg, arg.arg.span));
            }
        }
        Ok(())
    }
}
