//! Lowering of `match`: each `case` evaluates its pattern's values, runs one
//! `MatchPattern` instruction (the matcher lives in `eval/matching.rs`), then
//! stores the captures, checks the guard and runs the body.

use super::code::{Const, Instr, Pat};
use super::lower::{LResult, Lowerer};
use crate::syntax::ast::{self, Constant, Expr, Pattern};

/// What a pattern needs evaluated first, and the names it binds.
#[derive(Default)]
struct PatternParts<'a> {
    values: Vec<&'a Expr>,
    captures: Vec<&'a str>,
}

impl<'a> PatternParts<'a> {
    fn value(&mut self, e: &'a Expr) -> u32 {
        self.values.push(e);
        (self.values.len() - 1) as u32
    }

    fn capture(&mut self, name: &'a str) -> u32 {
        match self.captures.iter().position(|n| *n == name) {
            Some(i) => i as u32,
            None => {
                self.captures.push(name);
                (self.captures.len() - 1) as u32
            }
        }
    }
}

impl<'a> Lowerer<'a> {
    pub(crate) fn match_(&mut self, m: &'a ast::StmtMatch) -> LResult {
        self.expr(&m.subject)?;
        let end = self.u().b.label();
        for case in &m.cases {
            let mut parts = PatternParts::default();
            let pat = pattern(&case.pattern, &mut parts);
            let (values, captures) = (parts.values.len(), parts.captures.len());
            if values > 0xff || captures > 0xff {
                return Err(self.unsupported("a pattern this large", case.span));
            }
            let index = self.u().b.patterns.len() as u32;
            self.u().b.patterns.push(pat);
            let (next, fail) = (self.u().b.label(), self.u().b.label());
            self.u().b.span = case.pattern.span();
            self.u().b.emit(Instr::Copy(1));
            for value in &parts.values {
                self.expr(value)?;
            }
            self.u().b.span = case.pattern.span();
            let operand = index | (values as u32) << 16 | (captures as u32) << 24;
            self.u().b.emit(Instr::MatchPattern(operand));
            self.u().b.emit_jump(Instr::PopJumpIfFalse, fail);
            for name in parts.captures.iter().rev() {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, next)?;
            }
            self.u().b.emit(Instr::PopTop);
            self.stmts(&case.body)?;
            self.u().b.emit_jump(Instr::Jump, end);
            self.u().b.place(fail);
            for _ in 0..captures {
                self.u().b.emit(Instr::PopTop);
            }
            self.u().b.place(next);
        }
        self.u().b.emit(Instr::PopTop);
        self.u().b.place(end);
        Ok(())
    }
}

/// The compiled form of pattern `p`, collecting its values and captures in `parts`.
fn pattern<'a>(p: &'a Pattern, parts: &mut PatternParts<'a>) -> Pat {
    match p {
        Pattern::MatchValue(v) => Pat::Value(parts.value(&v.value)),
        Pattern::MatchSingleton(s) => Pat::Singleton(match s.value {
            Constant::Bool(b) => Const::Bool(b),
            _ => Const::None,
        }),
        Pattern::MatchSequence(s) => {
            let items = s.patterns.iter().map(|p| pattern(p, parts)).collect();
            Pat::Sequence(items)
        }
        Pattern::MatchStar(s) => Pat::Star(s.name.as_ref().map(|n| parts.capture(&n.name))),
        Pattern::MatchMapping(m) => {
            let keys = m.keys.iter().map(|k| parts.value(k)).collect();
            let sub_patterns = m.patterns.iter().map(|p| pattern(p, parts)).collect();
            let rest = m.rest.as_ref().map(|n| parts.capture(&n.name));
            Pat::Mapping(keys, sub_patterns, rest)
        }
        Pattern::MatchClass(c) => {
            let cls = parts.value(&c.cls);
            let args = c.patterns.iter().map(|p| pattern(p, parts)).collect();
            let mut kwargs = Vec::new();
            for (name, p) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
                kwargs.push((name.name.clone(), pattern(p, parts)));
            }
            Pat::Class(cls, args, kwargs)
        }
        Pattern::MatchAs(a) => {
            let inner = a.pattern.as_ref().map(|p| Box::new(pattern(p, parts)));
            Pat::As(inner, a.name.as_ref().map(|n| parts.capture(&n.name)))
        }
        Pattern::MatchOr(o) => {
            let alternatives = o.patterns.iter().map(|p| pattern(p, parts)).collect();
            Pat::Or(alternatives)
        }
    }
}
