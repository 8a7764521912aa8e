//! Parameter-list errors found where the grammar stops: Python 2's
//! parenthesized parameters and `/*` without a comma.

use super::super::super::SyntaxError;
use super::tokens::Kind;
use super::ErrorContext;

/// Where a parameter list is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Def,
    Lambda,
}

impl ErrorContext<'_> {
    /// Parameter-list rules at the failure.
    pub(super) fn parameters_error(&self) -> Option<SyntaxError> {
        self.parenthesized_parameters()
            .or_else(|| self.slash_star())
    }

    /// The first token of the parameter list holding token `i` (whose
    /// tokens are at bracket depth `depth`), and whose list it is.
    fn parameter_list(&self, i: usize, depth: u32) -> Option<(usize, Owner)> {
        let at_depth = |k: usize| self.tok(k).depth == depth;
        // A lambda's parameters run from `lambda` to `:` at the same depth.
        let mut k = i;
        while k > self.first {
            k -= 1;
            if self.tok(k).depth < depth || at_depth(k) && self.is(k, ":") {
                break;
            }
            if at_depth(k) && self.is(k, "lambda") {
                return Some((k + 1, Owner::Lambda));
            }
        }
        let open = (self.first..i).rev().find(|&k| {
            self.tok(k).depth == depth && self.is(k, "(") && self.tok(k).kind == Kind::Op
        });
        let open = open.filter(|&o| o >= 2 && self.is(o - 2, "def"))?;
        Some((open + 1, Owner::Def))
    }

    /// "Function parameters cannot be parenthesized": `def f(a, (b, c))`.
    fn parenthesized_parameters(&self) -> Option<SyntaxError> {
        let open = self.fail;
        if !self.is(open, "(") {
            return None;
        }
        // The list holding the `(`: its tokens sit one level out.
        let depth = self.tok(open).depth.checked_sub(1)?;
        let (start, owner) = self.parameter_list(open, depth)?;
        let plain = |k: usize| {
            self.tok(k).depth != depth || !matches!(self.word(k), "=" | "*" | "**" | "/")
        };
        if !(start..open).all(plain) {
            return None;
        }
        let close = self.matching_close(open)?;
        let inside_ok = close > open + 1
            && (open + 1..close).all(|k| match self.tok(k).kind {
                Kind::Name => true,
                Kind::Op => self.is(k, ",") || owner == Owner::Def && self.word(k) != "=",
                _ => owner == Owner::Def,
            })
            && !(open + 1..close).any(|k| matches!(self.word(k), "*" | "**" | "/" | "="));
        if !inside_ok {
            return None;
        }
        let msg = match owner {
            Owner::Def => "Function parameters cannot be parenthesized",
            Owner::Lambda => "Lambda expression parameters cannot be parenthesized",
        };
        Some(self.error_range(msg, open, close))
    }

    /// "expected comma between / and *": `def f(a, /*)`.
    fn slash_star(&self) -> Option<SyntaxError> {
        let star = self.fail;
        let slash = star.checked_sub(1)?;
        if !self.is(slash, "/") || !self.is(star, "*") {
            return None;
        }
        let (start, _) = self.parameter_list(slash, self.tok(slash).depth)?;
        (slash > start).then(|| self.error_range("expected comma between / and *", star, star))
    }
}
