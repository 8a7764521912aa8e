//! The compiler's walk over `match` (`compiler_match_inner` and the
//! `compiler_pattern_*` functions).
//!
//! CPython locates pattern errors at the pattern it compiled last (its
//! location is set on entering each pattern and not restored), and skips
//! some wildcard sub-patterns entirely; [`Patterns::loc`] follows both.

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::checker::{Checker, R};
use crate::compile::errors::CompilerMsg;
use crate::syntax::ast::{self, Constant, Expr, ExprContext, Operator, Pattern, Span, UnaryOp};
use crate::value::repr::{bytes_repr, complex_repr, float_repr, str_repr};

/// CPython's `pattern_context`, minus the code generation state.
struct Patterns<'a> {
    /// The names captured so far, in capture order.
    stores: Vec<&'a str>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// The compiler's current location: the last pattern entered.
    loc: Span,
}

/// `_`: a capture-less, pattern-less `MatchAs` (CPython's `WILDCARD_CHECK`).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

impl<'a> Checker<'a, '_> {
    /// `compiler_match_inner`: a trailing `case _:` is not compiled as a pattern.
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        let count = m.cases.len();
        let has_default = count > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        for (i, case) in m.cases.iter().enumerate() {
            let default = has_default && i + 1 == count;
            if !default {
                let mut pc = Patterns {
                    stores: Vec::new(),
                    allow_irrefutable: case.guard.is_some() || i + 1 == count,
                    loc: case.pattern.span(),
                };
                self.pattern(&case.pattern, &mut pc)?;
                for name in pc.stores {
                    self.name(name, ExprContext::Store, pc.loc)?;
                }
            }
            self.opt_expr(case.guard.as_deref())?;
            self.stmts(&case.body)?;
        }
        Ok(())
    }

    /// `compiler_pattern`.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut Patterns<'a>) -> R {
        pc.loc = p.span();
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, pc),
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc),
            Pattern::MatchClass(c) => self.class_pattern(c, pc),
            Pattern::MatchStar(s) => self.store(s.name.as_ref(), pc),
            Pattern::MatchAs(a) => {
                let Some(sub) = &a.pattern else {
                    if !pc.allow_irrefutable {
                        return Err(match &a.name {
                            Some(name) => self.errors.name_capture_unreachable(&name.name, pc.loc),
                            None => self.error(CompilerMsg::WildcardUnreachable, pc.loc),
                        });
                    }
                    return self.store(a.name.as_ref(), pc);
                };
                self.pattern(sub, pc)?;
                self.store(a.name.as_ref(), pc)
            }
            Pattern::MatchOr(o) => self.or_pattern(&o.patterns, pc),
        }
    }

    /// `compiler_pattern_subpattern`: sub-patterns may be irrefutable.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut Patterns<'a>) -> R {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        result
    }

    /// `pattern_helper_store_name`.
    fn store(&mut self, name: Option<&'a ast::Ident>, pc: &mut Patterns<'a>) -> R {
        let Some(name) = name else { return Ok(()) };
        self.check_store_name(&name.name, pc.loc)?;
        if pc.stores.contains(&&*name.name) {
            return Err(self
                .errors
                .multiple_assignments_in_pattern(&name.name, pc.loc));
        }
        pc.stores.push(&name.name);
        Ok(())
    }

    /// `compiler_pattern_sequence`.
    fn sequence_pattern(&mut self, patterns: &'a [Pattern], pc: &mut Patterns<'a>) -> R {
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(s) = p {
                if star.is_some() {
                    return Err(self.error(CompilerMsg::MultipleStarredInSequencePattern, pc.loc));
                }
                star_wildcard = s.name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        if only_wildcard {
            return Ok(());
        }
        for (i, p) in patterns.iter().enumerate() {
            if star_wildcard && (is_wildcard(p) || star == Some(i)) {
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `compiler_pattern_mapping`: literal keys must differ.
    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut Patterns<'a>) -> R {
        let mut seen: Vec<KeyValue> = Vec::new();
        for key in &m.keys {
            if let Some((value, repr)) = fold_key(key) {
                if seen.iter().any(|s| s.equals(&value)) {
                    return Err(self.errors.mapping_pattern_duplicate_key(&repr, pc.loc));
                }
                seen.push(value);
            }
            self.expr(key)?;
        }
        for p in &m.patterns {
            self.subpattern(p, pc)?;
        }
        self.store(m.rest.as_ref(), pc)
    }

    /// `compiler_pattern_class`: keyword names are checked first.
    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, pc: &mut Patterns<'a>) -> R {
        for (i, (attr, p)) in c.kwd_attrs.iter().zip(&c.kwd_patterns).enumerate() {
            self.check_store_name(&attr.name, p.span())?;
            let mut later = c.kwd_attrs.iter().zip(&c.kwd_patterns).skip(i + 1);
            if let Some((_, again)) = later.find(|(a, _)| a.name == attr.name) {
                let name = &attr.name;
                return Err(self
                    .errors
                    .attribute_repeated_in_class_pattern(name, again.span()));
            }
        }
        if !c.kwd_attrs.is_empty() {
            pc.loc = c.span;
        }
        self.expr(&c.cls)?;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            if !is_wildcard(p) {
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    /// `compiler_pattern_or`: every alternative binds the same names.
    fn or_pattern(&mut self, alternatives: &'a [Pattern], pc: &mut Patterns<'a>) -> R {
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<&'a str>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alternatives.len() && outer_allow;
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(std::mem::take(&mut pc.stores)),
                Some(first) => {
                    let same = first.len() == pc.stores.len()
                        && first.iter().all(|n| pc.stores.contains(n));
                    if !same {
                        return Err(self.error(CompilerMsg::AlternativesBindDifferentNames, pc.loc));
                    }
                }
            }
        }
        pc.stores = outer_stores;
        pc.allow_irrefutable = outer_allow;
        for name in control.unwrap_or_default() {
            if pc.stores.contains(&name) {
                return Err(self.errors.multiple_assignments_in_pattern(name, pc.loc));
            }
            pc.stores.push(name);
        }
        Ok(())
    }
}

/// A mapping-pattern key after CPython's constant folding, compared as
/// Python's `==` compares them (`1`, `1.0`, `True` and `1+0j` are equal).
#[derive(Clone, Debug)]
enum KeyValue {
    None,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
}

impl KeyValue {
    /// `(real, imag)` of a float or complex number.
    fn real_imag(&self) -> Option<(f64, f64)> {
        match self {
            KeyValue::Float(f) => Some((*f, 0.0)),
            KeyValue::Complex(re, im) => Some((*re, *im)),
            _ => None,
        }
    }

    /// Python's `==` between two keys.
    fn equals(&self, other: &KeyValue) -> bool {
        match (self, other) {
            (KeyValue::None, KeyValue::None) => true,
            (KeyValue::Str(a), KeyValue::Str(b)) => a == b,
            (KeyValue::Bytes(a), KeyValue::Bytes(b)) => a == b,
            (KeyValue::Int(a), KeyValue::Int(b)) => a == b,
            (KeyValue::Int(i), x) | (x, KeyValue::Int(i)) => {
                x.real_imag().is_some_and(|(re, im)| {
                    im == 0.0 && re.fract() == 0.0 && BigInt::from_f64(re).as_ref() == Some(i)
                })
            }
            (a, b) => a.real_imag().is_some() && a.real_imag() == b.real_imag(),
        }
    }

    fn repr(&self) -> String {
        match self {
            KeyValue::None => "None".to_owned(),
            KeyValue::Int(i) => i.to_string(),
            KeyValue::Float(f) => float_repr(*f),
            KeyValue::Complex(re, im) => complex_repr(*re, *im),
            KeyValue::Str(s) => str_repr(s),
            KeyValue::Bytes(b) => bytes_repr(b),
        }
    }

    /// `-value`, for a number.
    fn negate(self) -> Option<KeyValue> {
        Some(match self {
            KeyValue::Int(i) => KeyValue::Int(-i),
            KeyValue::Float(f) => KeyValue::Float(-f),
            KeyValue::Complex(re, im) => KeyValue::Complex(-re, -im),
            _ => return None,
        })
    }

    /// The value of a real number as a float.
    fn real_part(&self) -> Option<f64> {
        match self {
            KeyValue::Int(i) => i.to_string().parse().ok(),
            KeyValue::Float(f) => Some(*f),
            _ => None,
        }
    }
}

/// The folded value of a literal key and its `repr`; `None` for a dotted
/// name (which CPython does not check for duplicates).
fn fold_key(key: &Expr) -> Option<(KeyValue, String)> {
    let value = fold(key)?;
    let repr = match (&value, key) {
        (KeyValue::Int(i), Expr::Constant(c)) if matches!(c.value, Constant::Bool(_)) => {
            if i == &BigInt::from(1) {
                "True"
            } else {
                "False"
            }
            .to_owned()
        }
        _ => value.repr(),
    };
    Some((value, repr))
}

fn fold(e: &Expr) -> Option<KeyValue> {
    match e {
        Expr::Constant(c) => Some(match &c.value {
            Constant::None => KeyValue::None,
            Constant::Bool(b) => KeyValue::Int(BigInt::from(u8::from(*b))),
            Constant::Int(i) => KeyValue::Int(BigInt::from(*i)),
            Constant::BigInt(i) => KeyValue::Int((**i).clone()),
            Constant::Float(f) => KeyValue::Float(*f),
            Constant::Complex(im) => KeyValue::Complex(0.0, *im),
            Constant::Str(s) => KeyValue::Str(s.clone()),
            Constant::Bytes(b) => KeyValue::Bytes(b.clone()),
            Constant::Ellipsis => return None,
        }),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => fold(&u.operand)?.negate(),
        Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
            let re = fold(&b.left)?.real_part()?;
            let KeyValue::Complex(_, im) = fold(&b.right)? else {
                return None;
            };
            // `re ± imag·j` is complex(re, 0.0) ± complex(0.0, imag), which
            // decides the signs of zeros.
            Some(if b.op == Operator::Sub {
                KeyValue::Complex(re - 0.0, 0.0 - im)
            } else {
                KeyValue::Complex(re + 0.0, 0.0 + im)
            })
        }
        _ => None,
    }
}
