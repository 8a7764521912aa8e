//! Expression-level errors: CPython's `invalid_expression` (a missing comma,
//! a conditional without `else`), `invalid_legacy_expression` (`print x`),
//! `invalid_named_expression` (`if x = 1:`) and the dict display rules.

use super::super::super::ast::Expr;
use super::super::super::{SyntaxError, SyntaxErrorKind};
use super::super::builder::{Builder, PythonParser, Rule};
use super::super::target::expr_name;
use super::tokens::Kind;
use super::ErrorContext;
use pest::Parser;

/// Which expression level a backward scan collects.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    /// `or`, `and`, `not`, comparisons and everything below.
    Disjunction,
    /// Binary operators and unary `-`, `+`, `~` only.
    BitwiseOr,
}

/// Binary operators, unary prefixes and `.`, which never end an operand.
const ARITH: &[&str] = &[
    ".", "+", "-", "~", "*", "/", "//", "%", "@", "**", "<<", ">>", "&", "|", "^",
];
const COMPARISON: &[&str] = &["<", ">", "==", "!=", "<=", ">="];

/// How many tokens before the failure the second expression of a missing
/// comma may start.
const MAX_COMMA_LOOKBACK: usize = 4;

/// How many start tokens `operand_start` tries (an operand that starts
/// further into a run of operators is not one CPython's rules report).
const MAX_OPERAND_STARTS: usize = 16;

impl ErrorContext<'_> {
    /// Expression rules at the failure, in the order CPython tries them.
    pub(super) fn expression_error(&self) -> Option<SyntaxError> {
        self.kwarg_expression()
            .or_else(|| self.dict_key_without_colon())
            .or_else(|| self.for_target())
            .or_else(|| self.walrus_target())
            .or_else(|| self.missing_comma())
            .or_else(|| self.missing_else())
            .or_else(|| self.legacy_print())
            .or_else(|| self.assign_in_expression())
            .or_else(|| self.dict_value())
    }

    /// The first token of the expression of `level` that ends just before
    /// token `end`, if one does.
    fn operand_start(&self, end: usize, level: Level) -> Option<usize> {
        let mut j = end;
        while j > self.first {
            let t = self.tok(j - 1);
            let w = self.word(j - 1);
            let keep = match t.kind {
                Kind::Op if matches!(w, ")" | "]" | "}") => {
                    j = self.matching_open(j - 1)?;
                    continue;
                }
                Kind::Op => {
                    ARITH.contains(&w) || level == Level::Disjunction && COMPARISON.contains(&w)
                }
                Kind::Name => match w {
                    "await" | "None" | "True" | "False" => true,
                    "not" | "and" | "or" | "is" => level == Level::Disjunction,
                    "in" => level == Level::Disjunction && !self.is_comprehension_in(j - 1),
                    _ => !super::tokens::is_keyword(w),
                },
                Kind::Number | Kind::String => true,
                _ => false,
            };
            if !keep {
                break;
            }
            j -= 1;
        }
        // A leading `*`/`**` unpacks; it is not part of the operand.
        while j < end && matches!(self.word(j), "*" | "**") && self.tok(j).kind == Kind::Op {
            j += 1;
        }
        let rule = match level {
            Level::Disjunction => Rule::chain,
            Level::BitwiseOr => Rule::probe_bitwise_or,
        };
        // Each probe parses to the end of the line: trying every start of a
        // long run (`x = ----...`) would cost time quadratic in its length.
        (j..end)
            .take(MAX_OPERAND_STARTS)
            .find(|&s| self.probe_exact(rule, s, end))
    }

    /// The index of the bracket opening the one at `close`.
    fn matching_open(&self, close: usize) -> Option<usize> {
        let depth = self.tok(close).depth + 1;
        (self.first..close).rev().find(|&i| {
            let t = self.tok(i);
            t.kind == Kind::Op && t.depth == depth && matches!(self.word(i), "(" | "[" | "{")
        })
    }

    /// The innermost bracket open at token `i`, if any.
    fn enclosing_open(&self, i: usize) -> Option<usize> {
        let depth = self.tok(i).depth;
        let depth = if self.tok(i).kind == Kind::Op && matches!(self.word(i), "(" | "[" | "{") {
            depth.checked_sub(1)?
        } else {
            depth
        };
        if depth == 0 {
            return None;
        }
        (self.first..i).rev().find(|&k| {
            let t = self.tok(k);
            t.kind == Kind::Op && t.depth == depth && matches!(self.word(k), "(" | "[" | "{")
        })
    }

    /// Whether the `in` at `i` is a `for ... in` of a comprehension.
    fn is_comprehension_in(&self, i: usize) -> bool {
        let depth = self.tok(i).depth;
        (self.first..i)
            .rev()
            .take_while(|&k| self.tok(k).depth >= depth)
            .any(|k| self.tok(k).depth == depth && self.is(k, "for") && k > self.first)
            && depth > 0
    }

    /// Whether token `i` sits in a `def` parameter list, a `lambda`
    /// parameter list or an import list, where names are not expressions.
    fn in_parameters(&self, i: usize) -> bool {
        if matches!(self.word(self.first), "from" | "import") {
            return true;
        }
        let depth = self.tok(i).depth;
        let lambda = (self.first..i)
            .rev()
            .take_while(|&k| self.tok(k).depth >= depth && !self.is(k, ":"))
            .any(|k| self.tok(k).depth == depth && self.is(k, "lambda"));
        let def = self
            .enclosing_open(i)
            .is_some_and(|open| open >= 2 && self.is(open, "(") && self.is(open - 2, "def"));
        lambda || def
    }

    /// "invalid syntax. Perhaps you forgot a comma?": two expressions side
    /// by side inside brackets (`[1, 2 3]`).
    fn missing_comma(&self) -> Option<SyntaxError> {
        // CPython tries this at each expression start: the second expression
        // may begin a few tokens before the failure (`f(2 not 6)`).
        (self.first + 1..=self.fail)
            .rev()
            .take(MAX_COMMA_LOOKBACK)
            .find_map(|b| self.comma_between(b, true))
    }

    /// The comma error for a disjunction ending just before token `b` and an
    /// expression starting at `b` (that runs through the failure, if
    /// `through_fail`).
    fn comma_between(&self, b: usize, through_fail: bool) -> Option<SyntaxError> {
        let a = self.operand_start(b, Level::Disjunction)?;
        if let Some(prev) = a.checked_sub(1).filter(|&p| p >= self.first) {
            let disjunction_only = self.is(prev, "if")
                || self.is(prev, "in")
                || self.is(prev, "**")
                    && self.enclosing_open(prev).is_some_and(|o| self.is(o, "{"));
            if disjunction_only {
                return None;
            }
        }
        let soft = matches!(self.word(a), "match" | "case" | "_");
        let name_string = self.tok(a).kind == Kind::Name && self.tok(a + 1).kind == Kind::String;
        let legacy = a + 1 == b && matches!(self.word(a), "print" | "exec");
        // Names in a parameter list are not expressions; defaults are.
        let default = a > self.first && matches!(self.word(a - 1), "=" | ":" | "->");
        if soft || name_string || legacy || !default && self.in_parameters(a) {
            return None;
        }
        let b_end = self.probe(Rule::expression, b)?;
        if through_fail && b_end <= self.fail && b != self.fail {
            return None;
        }
        let last = b_end.checked_sub(1)?;
        if self.tok(last).depth == 0 {
            return None;
        }
        Some(self.error_range("invalid syntax. Perhaps you forgot a comma?", a, last))
    }

    /// `[x for "a" in y]`: CPython's `invalid_for_target` once the `for`
    /// has failed (a literal, call or operator where a target goes).
    fn for_target(&self) -> Option<SyntaxError> {
        // The `for` of the clause the failure is in (inside its brackets).
        let last = self.fail.checked_sub(1)?;
        let depth = self.tok(last).depth
            - u32::from(self.is(last, "(") || self.is(last, "[") || self.is(last, "{"));
        let kw = (self.first..=last)
            .rev()
            .take_while(|&k| self.tok(k).depth >= depth)
            .find(|&k| self.tok(k).depth == depth && (self.is(k, "for") || self.is(k, "in")))
            .filter(|&k| self.is(k, "for"))?;
        let end = self.probe(Rule::star_expressions, kw + 1)?;
        // CPython parses the targets as expressions first: two side by side
        // are a missing comma.
        if !self.is(end, "in") {
            if let Some(err) = self.comma_between(end, false) {
                return Some(err);
            }
        }
        let start = self.tok(kw + 1).start;
        let input = self.text.get(start..)?;
        let pair = PythonParser::parse(Rule::star_expressions, input)
            .ok()?
            .next()?;
        let mut builder = Builder {
            prepared: self.prepared,
            index: self.index,
            depth: 0,
            base: start,
        };
        let targets = builder.expr(pair).ok()?;
        let bad = super::super::target::invalid_target(&targets, false)?;
        Some(builder.target_error(bad, "assign to", false))
    }

    /// `(a.b := 1)`: "cannot use assignment expressions with attribute".
    fn walrus_target(&self) -> Option<SyntaxError> {
        if !self.is(self.fail, ":=") {
            return None;
        }
        // The named expression starts after the enclosing delimiter.
        let depth = self.tok(self.fail).depth;
        let a = (self.first..self.fail)
            .rev()
            .find(|&k| {
                self.tok(k).depth <= depth
                    && (matches!(self.word(k), "(" | "[" | "{" | ",")
                        || k == self.first && matches!(self.word(k), "if" | "elif" | "while"))
            })
            .map_or(self.first, |k| k + 1);
        if a > self.first && !self.starts_named_expression(a)
            || !self.probe_exact(Rule::expression, a, self.fail)
            || self.probe(Rule::expression, self.fail + 1).is_none()
        {
            return None;
        }
        let target = self.build_target(a)?;
        if matches!(target, Expr::Name(_)) {
            return None;
        }
        let msg = format!(
            "cannot use assignment expressions with {}",
            expr_name(&target)
        );
        Some(SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            msg,
            target.span(),
            self.index,
        ))
    }

    /// "':' expected after dictionary key": a key after `k: v,` pairs.
    fn dict_key_without_colon(&self) -> Option<SyntaxError> {
        let key = self.operand_start(self.fail, Level::Disjunction)?;
        let comma = key.checked_sub(1)?;
        let open = self.enclosing_open(comma)?;
        let depth = self.tok(comma).depth;
        let is_dict = self.is(comma, ",")
            && self.is(open, "{")
            && (open + 1..comma).any(|k| self.tok(k).depth == depth && self.is(k, ":"));
        if !is_dict || self.is(self.fail, ":") {
            return None;
        }
        // CPython: from the key's last character, `end_offset` 0.
        let end = self.tok(self.fail - 1).end;
        let last_char = self.text.get(..end)?.chars().next_back()?.len_utf8();
        let mut err = self.error(
            SyntaxErrorKind::SyntaxError,
            "':' expected after dictionary key",
            end - last_char,
            end,
        );
        err.end_offset = 0;
        Some(err)
    }

    /// "expected 'else' after 'if' expression" (`x = a if b`).
    fn missing_else(&self) -> Option<SyntaxError> {
        let t = self.fail;
        if self.is(t, "else") || self.is(t, ":") {
            return None;
        }
        // The `if` whose condition ends at the failure, or an earlier one
        // whose condition CPython's parser ended sooner (`c if m[x y`: the
        // subscript fails, the condition is `m`, and `[` is no `else`).
        let mut candidates = Vec::new();
        if let Some(b) = self.operand_start(t, Level::Disjunction) {
            candidates.push((b.checked_sub(1)?, t));
        }
        for kw in (self.first + 1..t)
            .rev()
            .filter(|&k| self.is(k, "if"))
            .take(4)
        {
            if let Some(end) = self.probe(Rule::probe_disjunction, kw + 1) {
                if end < t && !self.is(end, "else") && !self.is(end, ":") {
                    candidates.push((kw, end));
                }
            }
        }
        candidates
            .into_iter()
            .find_map(|(kw, end)| self.else_missing_at(kw, end))
    }

    /// The error for a conditional expression whose `if` is token `kw` and
    /// whose condition ends before token `end`.
    fn else_missing_at(&self, kw: usize, end: usize) -> Option<SyntaxError> {
        if !self.is(kw, "if") || kw <= self.first || end <= kw + 1 {
            return None;
        }
        let depth = self.tok(kw).depth;
        let comprehension = (self.first..kw)
            .rev()
            .take_while(|&k| self.tok(k).depth >= depth)
            .any(|k| self.tok(k).depth == depth && self.is(k, "for"));
        if comprehension {
            return None;
        }
        let a = self.operand_start(kw, Level::Disjunction)?;
        Some(self.error_range("expected 'else' after 'if' expression", a, end - 1))
    }

    /// "Missing parentheses in call to 'print'. Did you mean print(...)?".
    fn legacy_print(&self) -> Option<SyntaxError> {
        let name = self.fail.checked_sub(1)?;
        let word = self.word(name);
        if self.tok(name).kind != Kind::Name
            || !matches!(word, "print" | "exec")
            || self.is(self.fail, "(")
            || name > self.first && !self.starts_expression(name - 1)
        {
            return None;
        }
        let end = self.probe(Rule::star_expressions, self.fail)?;
        let msg = format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?");
        Some(self.error_range(msg, name, end.checked_sub(1)?))
    }

    /// `f(g()=`, `f(a.b=1)`: CPython's `invalid_kwarg` (`!(NAME '=')
    /// a=expression b='='`), raised as it consumes the `=`, where its first
    /// pass failed. pest reads past such an `=` (its keyword arguments take
    /// any expression): the first one up to the failure is CPython's.
    fn kwarg_expression(&self) -> Option<SyntaxError> {
        (self.first + 1..=self.fail)
            .filter(|&i| self.is(i, "="))
            .find_map(|eq| self.kwarg_before(eq))
    }

    /// The `invalid_kwarg` error for the `=` at `eq`, if the argument
    /// before it is an expression other than a name.
    fn kwarg_before(&self, eq: usize) -> Option<SyntaxError> {
        let open = self.enclosing_open(eq).filter(|&o| self.is(o, "("))?;
        if !self.is_call_paren(open) {
            return None;
        }
        let depth = self.tok(open).depth;
        let a = (open + 1..eq)
            .rev()
            .find(|&k| self.tok(k).depth == depth && self.is(k, ","))
            .map_or(open + 1, |comma| comma + 1);
        if a + 1 == eq && self.tok(a).kind == Kind::Name
            || !self.probe_exact(Rule::expression, a, eq)
        {
            return None;
        }
        let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
        Some(self.error_range(msg, a, eq))
    }

    /// `if x = 1:`, `[a.b = 1]`: an `=` where a named expression is parsed.
    fn assign_in_expression(&self) -> Option<SyntaxError> {
        let eq = self.fail;
        if !self.is(eq, "=") {
            return None;
        }
        let a = self.operand_start(eq, Level::BitwiseOr)?;
        if !self.starts_named_expression(a) || self.is_display(a) {
            return None;
        }
        let b_end = self.probe(Rule::probe_bitwise_or, eq + 1)?;
        if self.is(b_end, "=") || self.is(b_end, ":=") {
            return None;
        }
        if a + 1 == eq && self.tok(a).kind == Kind::Name {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Some(self.error_range(msg, a, b_end.checked_sub(1)?));
        }
        let target = self.build_expr(a)?;
        let msg = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(&target)
        );
        Some(SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            msg,
            target.span(),
            self.index,
        ))
    }

    /// Whether a named expression (not a call argument, not a statement's
    /// expression list) may start at token `a`.
    fn starts_named_expression(&self, a: usize) -> bool {
        let Some(prev) = a.checked_sub(1).filter(|&p| p >= self.first) else {
            return false;
        };
        if prev == self.first && matches!(self.word(prev), "if" | "elif" | "while" | "@") {
            return true;
        }
        let open = if self.is(prev, ",") {
            self.enclosing_open(prev)
        } else {
            Some(prev)
        };
        open.is_some_and(|o| match self.word(o) {
            "[" | "{" => true,
            "(" => !self.is_call_paren(o),
            _ => false,
        })
    }

    /// Whether an expression may start right after token `prev` (a
    /// delimiter or a keyword that takes one, not an operand or operator).
    fn starts_expression(&self, prev: usize) -> bool {
        let w = self.word(prev);
        match self.tok(prev).kind {
            Kind::Op => {
                matches!(w, "(" | "[" | "{" | "," | "=" | ":" | ";" | "@")
                    || w.len() > 1 && w.ends_with('=') && !matches!(w, "==" | "!=" | "<=" | ">=")
            }
            Kind::Name => matches!(
                w,
                "return"
                    | "yield"
                    | "else"
                    | "if"
                    | "elif"
                    | "while"
                    | "assert"
                    | "del"
                    | "in"
                    | "from"
                    | "raise"
                    | "lambda"
            ),
            _ => false,
        }
    }

    /// Whether the `(` at `open` starts a call's arguments.
    fn is_call_paren(&self, open: usize) -> bool {
        let Some(prev) = open.checked_sub(1).filter(|&p| p >= self.first) else {
            return false;
        };
        let t = self.tok(prev);
        match t.kind {
            Kind::Name => {
                let w = self.word(prev);
                !super::tokens::is_keyword(w) || matches!(w, "None" | "True" | "False")
            }
            Kind::String | Kind::Number => true,
            Kind::Op => matches!(self.word(prev), ")" | "]" | "}"),
            _ => false,
        }
    }

    /// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` at token `a`.
    fn is_display(&self, a: usize) -> bool {
        match self.word(a) {
            "[" | "True" | "None" | "False" => true,
            "(" => {
                let Some(close) = self.matching_close(a) else {
                    return false;
                };
                let depth = self.tok(a).depth;
                close == a + 1
                    || (a + 1..close).any(|k| {
                        self.tok(k).depth == depth && (self.is(k, ",") || self.is(k, "for"))
                    })
            }
            _ => false,
        }
    }

    /// `{k: }` and `{k: *v}`.
    fn dict_value(&self) -> Option<SyntaxError> {
        let colon = self.fail.checked_sub(1)?;
        if !self.is(colon, ":") || !self.enclosing_open(colon).is_some_and(|o| self.is(o, "{")) {
            return None;
        }
        if self.is(self.fail, "}") || self.is(self.fail, ",") {
            let msg = "expression expected after dictionary key and ':'";
            return Some(self.error_range(msg, colon, colon));
        }
        if self.is(self.fail, "*") {
            let end = self.probe(Rule::probe_bitwise_or, self.fail + 1)?;
            // RAISE_SYNTAX_ERROR_STARTING_FROM: to the end of the last token
            // read (the one after the value), as CPython's `end_offset`.
            let msg = "cannot use a starred expression in a dictionary value";
            let start = self.tok(self.fail).start;
            let stop = self.tok(end).end.saturating_sub(1).max(start);
            return Some(self.error(SyntaxErrorKind::SyntaxError, msg, start, stop));
        }
        None
    }

    /// Builds the operator chain starting at token `i` (to read its kind and span).
    fn build_expr(&self, i: usize) -> Option<Expr> {
        self.build_rule(Rule::chain, i)
    }

    /// Builds the expression (conditional, lambda) starting at token `i`.
    pub(super) fn build_target(&self, i: usize) -> Option<Expr> {
        self.build_rule(Rule::expression, i)
    }

    fn build_rule(&self, rule: Rule, i: usize) -> Option<Expr> {
        if crate::syntax::deadline::passed() {
            return None;
        }
        let start = self.tok(i).start;
        let input = self.text.get(start..)?;
        let pair = PythonParser::parse(rule, input).ok()?.next()?;
        let mut builder = Builder {
            prepared: self.prepared,
            index: self.index,
            depth: 0,
            base: start,
        };
        builder.expr(pair).ok()
    }
}
