//! Expressions from `star_expressions` down to `power`: CPython's grammar
//! levels (`disjunction`, `conjunction`, `inversion`, `comparison`), binary
//! operators by precedence climbing, unary prefixes, `**` and `await`.

use super::super::ast::{
    BoolOp, CmpOp, Expr, ExprAwait, ExprBinOp, ExprBoolOp, ExprCompare, ExprContext, ExprIfExp,
    ExprName, ExprNamedExpr, ExprStarred, ExprTuple, ExprUnaryOp, ExprYield, ExprYieldFrom,
    Operator, UnaryOp,
};
use super::lexer::T;
use super::{Parser, R};

/// Boxes a node (AST fields are boxed).
#[expect(clippy::unnecessary_box_returns, reason = "AST fields are boxed")]
pub(super) fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// Whether a token starts a primary (an atom), which every level above
/// [`Parser::primary`] would read first.
fn starts_primary(k: T) -> bool {
    matches!(
        k,
        T::Name
            | T::Number
            | T::Str
            | T::False
            | T::None
            | T::True
            | T::LPar
            | T::LSqb
            | T::LBrace
            | T::Ellipsis
    )
}

/// Whether a token after a primary is an operator of a level above it
/// (`**`, binary, comparison, `and`, `or`): when not, the primary is the
/// whole disjunction.
fn continues_operand(k: T) -> bool {
    matches!(
        k,
        T::DoubleStar | T::Star | T::At | T::Op | T::In | T::Not | T::Is | T::And | T::Or
    )
}

/// Whether a token can start an expression (or a starred one): a primary,
/// or a prefix operator or keyword.
pub(super) fn starts_expr(k: T) -> bool {
    starts_primary(k)
        || matches!(
            k,
            T::Lambda | T::Not | T::Await | T::Star | T::Tilde | T::Op
        )
}

impl Parser<'_> {
    /// A comma-separated list of `star_expression`s (`star_named` allows
    /// `:=`), whether a comma ends it, and where it starts.
    pub(super) fn star_list(&mut self, star_named: bool) -> R<(Vec<Expr>, bool, u32)> {
        let start = self.start();
        let first = self.star_item(star_named)?;
        self.star_list_rest(start, first, star_named)
    }

    /// [`Parser::star_list`] after its first item, `first`, which starts at `start`.
    fn star_list_rest(
        &mut self,
        start: u32,
        first: Expr,
        star_named: bool,
    ) -> R<(Vec<Expr>, bool, u32)> {
        let mut elts = vec![first];
        let mut comma = false;
        while self.kind() == T::Comma {
            self.bump();
            comma = true;
            if !starts_expr(self.kind()) || (self.kind() == T::Op && !self.at_unary()) {
                break;
            }
            comma = false;
            elts.push(self.star_item(star_named)?);
        }
        Some((elts, comma, start))
    }

    /// `a`, or the tuple `a, b, *c` (also with a trailing comma).
    pub(super) fn star_expressions(&mut self) -> R<Expr> {
        self.star_tuple(false)
    }

    /// [`Parser::star_list`] as one expression: its only item, or a tuple.
    /// A lone item (the usual statement) needs no list.
    pub(super) fn star_tuple(&mut self, star_named: bool) -> R<Expr> {
        let start = self.start();
        let first = self.star_item(star_named)?;
        if self.kind() != T::Comma {
            return Some(first);
        }
        let (elts, comma, start) = self.star_list_rest(start, first, star_named)?;
        Some(self.tuple_or_single(elts, comma, start))
    }

    /// The only element of `elts`, or a tuple of them spanning from `start`.
    pub(super) fn tuple_or_single(&self, mut elts: Vec<Expr>, comma: bool, start: u32) -> Expr {
        if elts.len() == 1 && !comma {
            if let Some(e) = elts.pop() {
                return e;
            }
        }
        Expr::Tuple(ExprTuple {
            elts,
            ctx: ExprContext::Load,
            span: self.span_from(start),
        })
    }

    /// Whether the current `Op` token is a unary `+`/`-`.
    fn at_unary(&self) -> bool {
        self.at_op("-") || self.at_op("+")
    }

    /// `*bitwise_or` or an expression (`:=` allowed when `named`).
    pub(super) fn star_item(&mut self, named: bool) -> R<Expr> {
        if self.kind() == T::Star {
            return self.starred();
        }
        if named {
            self.named_expression()
        } else {
            self.expression()
        }
    }

    /// `*value` (CPython's `'*' bitwise_or`).
    pub(super) fn starred(&mut self) -> R<Expr> {
        let start = self.start();
        self.expect(T::Star)?;
        let value = self.bitwise_or()?;
        Some(Expr::Starred(ExprStarred {
            value: bx(value),
            ctx: ExprContext::Load,
            span: self.span_from(start),
        }))
    }

    /// `yield`, `yield x, y`, `yield from x`.
    pub(super) fn yield_expr(&mut self) -> R<Expr> {
        let start = self.start();
        self.expect(T::Yield)?;
        if self.eat(T::From) {
            let value = self.expression()?;
            return Some(Expr::YieldFrom(ExprYieldFrom {
                value: bx(value),
                span: self.span_from(start),
            }));
        }
        let value = if starts_expr(self.kind()) {
            Some(bx(self.star_expressions()?))
        } else {
            None
        };
        Some(Expr::Yield(ExprYield {
            value,
            span: self.span_from(start),
        }))
    }

    /// `name := value`, or an expression.
    pub(super) fn named_expression(&mut self) -> R<Expr> {
        if self.kind() == T::Name && self.peek(1) == T::ColonEqual {
            let start = self.start();
            let t = self.tok();
            let id = self.ident(t);
            self.bump();
            self.bump();
            let value = self.expression()?;
            let target = Expr::Name(ExprName {
                id: id.name,
                ctx: ExprContext::Store,
                span: id.span,
            });
            return Some(Expr::NamedExpr(ExprNamedExpr {
                target: bx(target),
                value: bx(value),
                span: self.span_from(start),
            }));
        }
        self.expression()
    }

    /// `lambda`, or a disjunction with an optional `if ... else ...`.
    pub(super) fn expression(&mut self) -> R<Expr> {
        self.descend()?;
        let result = self.expression_inner();
        self.ascend();
        result
    }

    fn expression_inner(&mut self) -> R<Expr> {
        if self.kind() == T::Lambda {
            return self.lambdef();
        }
        let start = self.start();
        let body = self.disjunction()?;
        if !self.eat(T::If) {
            return Some(body);
        }
        let test = self.disjunction()?;
        self.expect(T::Else)?;
        let orelse = self.expression()?;
        Some(Expr::IfExp(ExprIfExp {
            test: bx(test),
            body: bx(body),
            orelse: bx(orelse),
            span: self.span_from(start),
        }))
    }

    /// `a or b or c` (one `BoolOp`), or a conjunction.
    ///
    /// Most operands are a primary alone (a name, a call, a literal): one is
    /// read first, and the levels above it are gone through only when an
    /// operator follows it, each taking it as its first operand.
    pub(super) fn disjunction(&mut self) -> R<Expr> {
        let start = self.start();
        if !starts_primary(self.kind()) {
            return self.bool_op(T::Or, start, None);
        }
        let first = self.primary()?;
        if !continues_operand(self.kind()) {
            return Some(first);
        }
        let first = self.power_rest(start, first)?;
        let mut ops = 0;
        let first = self.climb(start, 1, &mut ops, Some(first));
        self.depth -= ops;
        let first = self.comparison_rest(start, first?)?;
        let first = self.bool_op(T::And, start, Some(first))?;
        self.bool_op(T::Or, start, Some(first))
    }

    /// A `BoolOp` of `op` (`or` over conjunctions, `and` over inversions)
    /// from `start`, whose first operand is `first` when already read.
    fn bool_op(&mut self, op: T, start: u32, first: Option<Expr>) -> R<Expr> {
        let operand = |p: &mut Self| {
            if op == T::Or {
                let start = p.start();
                p.bool_op(T::And, start, None)
            } else {
                p.inversion()
            }
        };
        let first = match first {
            Some(first) => first,
            None => operand(self)?,
        };
        if self.kind() != op {
            return Some(first);
        }
        let mut values = vec![first];
        while self.eat(op) {
            values.push(operand(self)?);
        }
        Some(Expr::BoolOp(ExprBoolOp {
            op: if op == T::Or { BoolOp::Or } else { BoolOp::And },
            values,
            span: self.span_from(start),
        }))
    }

    /// `not x`, or a comparison.
    fn inversion(&mut self) -> R<Expr> {
        if self.kind() != T::Not {
            return self.comparison();
        }
        let start = self.start();
        self.bump();
        self.descend()?;
        let operand = self.inversion();
        self.ascend();
        Some(Expr::UnaryOp(ExprUnaryOp {
            op: UnaryOp::Not,
            operand: bx(operand?),
            span: self.span_from(start),
        }))
    }

    /// The comparison operator at the current token (consumed), if any.
    fn compare_op(&mut self) -> Option<CmpOp> {
        let op = match self.kind() {
            T::Op => match self.cur_text() {
                "==" => CmpOp::Eq,
                "!=" => CmpOp::NotEq,
                "<" => CmpOp::Lt,
                "<=" => CmpOp::LtE,
                ">" => CmpOp::Gt,
                ">=" => CmpOp::GtE,
                _ => return None,
            },
            T::In => CmpOp::In,
            T::Not if self.peek(1) == T::In => {
                self.bump();
                CmpOp::NotIn
            }
            T::Is if self.peek(1) == T::Not => {
                self.bump();
                CmpOp::IsNot
            }
            T::Is => CmpOp::Is,
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    /// `a < b == c` (one `Compare`), or a `bitwise_or`.
    fn comparison(&mut self) -> R<Expr> {
        let start = self.start();
        let left = self.bitwise_or()?;
        self.comparison_rest(start, left)
    }

    /// The operators and comparators after `left`, which starts at `start`.
    fn comparison_rest(&mut self, start: u32, left: Expr) -> R<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.compare_op() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Some(left);
        }
        Some(Expr::Compare(ExprCompare {
            left: bx(left),
            ops,
            comparators,
            span: self.span_from(start),
        }))
    }

    /// The binary operator at the current token and its precedence.
    fn binary_op(&self) -> Option<(Operator, u8)> {
        let op = match self.kind() {
            T::Star => Operator::Mult,
            T::At => Operator::MatMult,
            T::Op => match self.cur_text() {
                "|" => Operator::BitOr,
                "^" => Operator::BitXor,
                "&" => Operator::BitAnd,
                "<<" => Operator::LShift,
                ">>" => Operator::RShift,
                "+" => Operator::Add,
                "-" => Operator::Sub,
                "/" => Operator::Div,
                "//" => Operator::FloorDiv,
                "%" => Operator::Mod,
                _ => return None,
            },
            _ => return None,
        };
        let prec = match op {
            Operator::BitOr => 1,
            Operator::BitXor => 2,
            Operator::BitAnd => 3,
            Operator::LShift | Operator::RShift => 4,
            Operator::Add | Operator::Sub => 5,
            _ => 6,
        };
        Some((op, prec))
    }

    /// CPython's `bitwise_or`: binary operators over factors.
    pub(super) fn bitwise_or(&mut self) -> R<Expr> {
        let start = self.start();
        let mut ops = 0;
        let result = self.climb(start, 1, &mut ops, None);
        self.depth -= ops;
        result
    }

    /// Precedence climbing from `min`; `ops` counts the operators read (each
    /// counts one level of depth, as in the pest builder); `first` is the
    /// first factor when already read.
    fn climb(&mut self, start: u32, min: u8, ops: &mut u32, first: Option<Expr>) -> R<Expr> {
        let mut left = match first {
            Some(first) => first,
            None => self.factor()?,
        };
        while let Some((op, prec)) = self.binary_op() {
            if prec < min {
                break;
            }
            self.bump();
            *ops += 1;
            self.descend()?;
            let right_start = self.start();
            let right = self.climb(right_start, prec + 1, ops, None)?;
            left = Expr::BinOp(ExprBinOp {
                left: bx(left),
                op,
                right: bx(right),
                span: self.span_from(start),
            });
        }
        Some(left)
    }

    /// `-x`, `+x`, `~x`, or a power.
    fn factor(&mut self) -> R<Expr> {
        let op = match self.kind() {
            T::Tilde => UnaryOp::Invert,
            T::Op if self.at_op("-") => UnaryOp::USub,
            T::Op if self.at_op("+") => UnaryOp::UAdd,
            _ => return self.power(),
        };
        let start = self.start();
        self.bump();
        self.descend()?;
        let operand = self.factor();
        self.ascend();
        Some(Expr::UnaryOp(ExprUnaryOp {
            op,
            operand: bx(operand?),
            span: self.span_from(start),
        }))
    }

    /// `[await] primary [** factor]`.
    fn power(&mut self) -> R<Expr> {
        let start = self.start();
        let base = if self.eat(T::Await) {
            let value = self.primary()?;
            Expr::Await(ExprAwait {
                value: bx(value),
                span: self.span_from(start),
            })
        } else {
            self.primary()?
        };
        self.power_rest(start, base)
    }

    /// `** factor` after `base`, which starts at `start`, if it follows.
    fn power_rest(&mut self, start: u32, mut base: Expr) -> R<Expr> {
        if self.eat(T::DoubleStar) {
            self.descend()?;
            let right = self.factor();
            self.ascend();
            base = Expr::BinOp(ExprBinOp {
                left: bx(base),
                op: Operator::Pow,
                right: bx(right?),
                span: self.span_from(start),
            });
        }
        Some(base)
    }
}
