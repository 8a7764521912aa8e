//! Operator chains: the grammar's flat `operand (op operand)*` turned into a
//! tree by precedence climbing, with CPython's precedence and grouping
//! (`a or b or c` is one `BoolOp`, `a < b < c` one `Compare`).
//!
//! Recursion here is bounded by the number of precedence levels, not by the
//! length of the chain.

use super::super::ast::{
    BoolOp, CmpOp, Expr, ExprBoolOp, ExprCompare, ExprUnaryOp, Operator, Span, UnaryOp,
};
use super::builder::{Builder, PResult, Rule, P};
use super::expr::{binop, bx};

/// An infix operator of a chain.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ChainOp {
    Bool(BoolOp),
    Cmp(CmpOp),
    Bin(Operator),
}

/// Binding power of `not` (between `and` and the comparisons).
const NOT_PREC: u8 = 3;

impl ChainOp {
    fn prec(self) -> u8 {
        match self {
            ChainOp::Bool(BoolOp::Or) => 1,
            ChainOp::Bool(BoolOp::And) => 2,
            ChainOp::Cmp(_) => 4,
            ChainOp::Bin(op) => match op {
                Operator::BitOr => 5,
                Operator::BitXor => 6,
                Operator::BitAnd => 7,
                Operator::LShift | Operator::RShift => 8,
                Operator::Add | Operator::Sub => 9,
                _ => 10,
            },
        }
    }

    fn from_pair(pair: &P<'_>) -> Option<ChainOp> {
        Some(match pair.as_rule() {
            Rule::op_or => ChainOp::Bool(BoolOp::Or),
            Rule::op_and => ChainOp::Bool(BoolOp::And),
            Rule::op_not_in => ChainOp::Cmp(CmpOp::NotIn),
            Rule::op_is_not => ChainOp::Cmp(CmpOp::IsNot),
            Rule::op_in => ChainOp::Cmp(CmpOp::In),
            Rule::op_is => ChainOp::Cmp(CmpOp::Is),
            Rule::op_sym => match pair.as_str() {
                "==" => ChainOp::Cmp(CmpOp::Eq),
                "!=" => ChainOp::Cmp(CmpOp::NotEq),
                "<" => ChainOp::Cmp(CmpOp::Lt),
                "<=" => ChainOp::Cmp(CmpOp::LtE),
                ">" => ChainOp::Cmp(CmpOp::Gt),
                ">=" => ChainOp::Cmp(CmpOp::GtE),
                "|" => ChainOp::Bin(Operator::BitOr),
                "^" => ChainOp::Bin(Operator::BitXor),
                "&" => ChainOp::Bin(Operator::BitAnd),
                "<<" => ChainOp::Bin(Operator::LShift),
                ">>" => ChainOp::Bin(Operator::RShift),
                "+" => ChainOp::Bin(Operator::Add),
                "-" => ChainOp::Bin(Operator::Sub),
                "*" => ChainOp::Bin(Operator::Mult),
                "@" => ChainOp::Bin(Operator::MatMult),
                "/" => ChainOp::Bin(Operator::Div),
                "//" => ChainOp::Bin(Operator::FloorDiv),
                "%" => ChainOp::Bin(Operator::Mod),
                _ => return None,
            },
            _ => return None,
        })
    }
}

/// A chain split into operands and the operators between them.
struct Chain<'i> {
    operands: Vec<P<'i>>,
    ops: Vec<ChainOp>,
}

impl Builder<'_> {
    /// Builds a `chain` node with at least one operator.
    pub(super) fn chain(&mut self, pair: P<'_>) -> PResult<Expr> {
        let mut chain = Chain {
            operands: Vec::new(),
            ops: Vec::new(),
        };
        for child in pair.clone().into_inner() {
            if child.as_rule() == Rule::operand {
                chain.operands.push(child);
            } else {
                chain
                    .ops
                    .push(ChainOp::from_pair(&child).ok_or_else(|| self.internal(&child))?);
            }
        }
        if chain.operands.len() != chain.ops.len() + 1 {
            return Err(self.internal(&pair));
        }
        // A left-deep tree is as deep as its operator count (bounded conservatively).
        let depth = chain
            .ops
            .iter()
            .filter(|op| matches!(op, ChainOp::Bin(_)))
            .count() as u32;
        self.descend(depth, self.span(&pair))?;
        let mut pos = 0;
        let (expr, _) = self.climb(&chain, &mut pos, 0, false)?;
        self.ascend(depth);
        if pos != chain.operands.len() {
            return Err(self.internal(&pair));
        }
        Ok(expr)
    }

    /// Parses operands from `*pos` on while operators bind at least `min`.
    fn climb(
        &mut self,
        c: &Chain<'_>,
        pos: &mut usize,
        min: u8,
        skip_not: bool,
    ) -> PResult<(Expr, Span)> {
        let (mut left, mut span) = self.chain_operand(c, pos, min, skip_not)?;
        while let Some(&op) = c.ops.get(*pos - 1) {
            let prec = op.prec();
            if prec < min {
                break;
            }
            match op {
                ChainOp::Bool(bop) => {
                    let mut values = vec![left];
                    while c.ops.get(*pos - 1) == Some(&op) {
                        let (v, vspan) = self.climb(c, pos, prec + 1, false)?;
                        values.push(v);
                        span = span.cover(vspan);
                    }
                    left = Expr::BoolOp(ExprBoolOp {
                        op: bop,
                        values,
                        span,
                    });
                }
                ChainOp::Cmp(_) => {
                    let (mut ops, mut comparators) = (Vec::new(), Vec::new());
                    while let Some(&ChainOp::Cmp(cop)) = c.ops.get(*pos - 1) {
                        let (v, vspan) = self.climb(c, pos, prec + 1, false)?;
                        ops.push(cop);
                        comparators.push(v);
                        span = span.cover(vspan);
                    }
                    left = Expr::Compare(ExprCompare {
                        left: bx(left),
                        ops,
                        comparators,
                        span,
                    });
                }
                ChainOp::Bin(bop) => {
                    let (right, rspan) = self.climb(c, pos, prec + 1, false)?;
                    span = span.cover(rspan);
                    left = binop(left, bop, right, span);
                }
            }
        }
        Ok((left, span))
    }

    /// The operand at `*pos` (advancing it), with its `not` prefixes applied:
    /// `not` takes everything that binds tighter than itself.
    fn chain_operand(
        &mut self,
        c: &Chain<'_>,
        pos: &mut usize,
        min: u8,
        skip_not: bool,
    ) -> PResult<(Expr, Span)> {
        let pair = c
            .operands
            .get(*pos)
            .ok_or_else(|| self.error("invalid syntax", Span::default()))?;
        // The operand's own span starts after its `not` prefixes.
        let span = pair
            .clone()
            .into_inner()
            .find(|p| p.as_rule() != Rule::prefix_op || p.as_str() != "not")
            .map_or_else(
                || self.span(pair),
                |p| Span::new(self.span(&p).start, self.span(pair).end),
            );
        let nots: Vec<Span> = if skip_not {
            Vec::new()
        } else {
            pair.clone()
                .into_inner()
                .take_while(|p| p.as_rule() == Rule::prefix_op && p.as_str() == "not")
                .map(|p| self.span(&p))
                .collect()
        };
        let Some(&first_not) = nots.first() else {
            *pos += 1;
            return Ok((self.operand_arith(pair.clone())?, span));
        };
        if min > NOT_PREC {
            return Err(self.error("invalid syntax", first_not));
        }
        let (inner, inner_span) = self.climb(c, pos, NOT_PREC + 1, true)?;
        self.descend(nots.len() as u32, span)?;
        let mut expr = inner;
        for not in nots.iter().rev() {
            expr = Expr::UnaryOp(ExprUnaryOp {
                op: UnaryOp::Not,
                operand: bx(expr),
                span: not.cover(inner_span),
            });
        }
        self.ascend(nots.len() as u32);
        Ok((expr, first_not.cover(inner_span)))
    }

    /// The operand of `*` or `**` in a display is CPython's `bitwise_or`:
    /// "invalid syntax" at its first `not`, boolean or comparison operator.
    pub(super) fn check_bitwise_or(&self, chain: &P<'_>) -> PResult<()> {
        for child in chain.clone().into_inner() {
            let bad = match child.as_rule() {
                Rule::operand => child
                    .into_inner()
                    .find(|p| p.as_rule() == Rule::prefix_op && p.as_str() == "not"),
                Rule::op_sym => {
                    matches!(ChainOp::from_pair(&child), Some(ChainOp::Cmp(_))).then_some(child)
                }
                _ => Some(child),
            };
            if let Some(bad) = bad {
                let at = self.base + bad.as_span().start();
                let word = bad.as_str().split_whitespace().next().unwrap_or("");
                return Err(self.error("invalid syntax", self.text_span(at, at + word.len())));
            }
        }
        Ok(())
    }

    /// An `operand` node reached outside a chain (all its prefixes apply).
    pub(super) fn operand(&mut self, pair: P<'_>) -> PResult<Expr> {
        let chain = Chain {
            operands: vec![pair],
            ops: Vec::new(),
        };
        let mut pos = 0;
        Ok(self.climb(&chain, &mut pos, 0, false)?.0)
    }

    /// An operand's arithmetic prefixes (`-`, `+`, `~`) applied to its power,
    /// skipping its leading `not`s (handled by the caller).
    fn operand_arith(&mut self, pair: P<'_>) -> PResult<Expr> {
        let mut prefixes = Vec::new();
        let mut power = None;
        for child in pair.clone().into_inner() {
            if child.as_rule() == Rule::prefix_op {
                prefixes.push(child);
            } else {
                power = Some(child);
            }
        }
        let power = power.ok_or_else(|| self.internal(&pair))?;
        let first_arith = prefixes
            .iter()
            .position(|p| p.as_str() != "not")
            .unwrap_or(prefixes.len());
        let arith = prefixes.split_off(first_arith);
        if let Some(bad) = arith.iter().find(|p| p.as_str() == "not") {
            return Err(self.error("invalid syntax", self.span(bad)));
        }
        let end = self.span(&power).end;
        let n = arith.len() as u32;
        self.descend(n, self.span(&pair))?;
        let mut expr = self.expr(power)?;
        for p in arith.iter().rev() {
            let op = match p.as_str() {
                "-" => UnaryOp::USub,
                "+" => UnaryOp::UAdd,
                _ => UnaryOp::Invert,
            };
            let span = Span::new(self.span(p).start, end);
            expr = Expr::UnaryOp(ExprUnaryOp {
                op,
                operand: bx(expr),
                span,
            });
        }
        self.ascend(n);
        Ok(expr)
    }
}
