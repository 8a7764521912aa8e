//! Statements: simple statements, blocks and compound statements.

use super::super::ast::{
    Alias, ExceptHandler, Expr, Ident, Operator, Span, Stmt, StmtAnnAssign, StmtAssert, StmtAssign,
    StmtAugAssign, StmtClassDef, StmtDelete, StmtExpr, StmtFor, StmtFunctionDef, StmtGlobal,
    StmtIf, StmtImport, StmtImportFrom, StmtNonlocal, StmtRaise, StmtReturn, StmtTry, StmtWhile,
    StmtWith, WithItem,
};
use super::builder::{Builder, PResult, Rule, P};
use super::expr::bx;

impl Builder<'_> {
    /// Every statement child of `pair` (a `file` or a `block`).
    pub(super) fn statements(&mut self, pair: P<'_>) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        for child in pair.into_inner() {
            if child.as_rule() != Rule::EOI {
                body.push(self.stmt(child)?);
            }
        }
        Ok(body)
    }

    fn stmt(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::expr_stmt => self.expr_stmt(pair),
            Rule::pass_stmt => Ok(Stmt::Pass(span)),
            Rule::break_stmt => Ok(Stmt::Break(span)),
            Rule::continue_stmt => Ok(Stmt::Continue(span)),
            Rule::return_stmt => {
                let value = match pair.into_inner().next() {
                    Some(v) => Some(bx(self.expr(v)?)),
                    None => None,
                };
                Ok(Stmt::Return(StmtReturn { value, span }))
            }
            Rule::raise_stmt => self.raise_stmt(pair, span),
            Rule::del_stmt => self.del_stmt(pair, span),
            Rule::assert_stmt => {
                let mut it = pair.clone().into_inner();
                let test = bx(self.expr(self.next(&mut it, &pair)?)?);
                let msg = it.next().map(|m| self.expr(m)).transpose()?.map(bx);
                Ok(Stmt::Assert(StmtAssert { test, msg, span }))
            }
            Rule::global_stmt => {
                let names = pair.into_inner().map(|n| self.ident(&n)).collect();
                Ok(Stmt::Global(StmtGlobal { names, span }))
            }
            Rule::nonlocal_stmt => {
                let names = pair.into_inner().map(|n| self.ident(&n)).collect();
                Ok(Stmt::Nonlocal(StmtNonlocal { names, span }))
            }
            Rule::import_stmt => {
                let names = pair
                    .into_inner()
                    .map(|a| self.alias(&a))
                    .collect::<PResult<_>>()?;
                Ok(Stmt::Import(StmtImport { names, span }))
            }
            Rule::from_stmt => self.import_from(pair),
            Rule::decorated => self.decorated(pair),
            Rule::function_def => self.function_def(pair, Vec::new()),
            Rule::class_def => self.class_def(pair, Vec::new()),
            Rule::if_stmt => self.if_stmt(pair),
            Rule::while_stmt => self.while_stmt(pair),
            Rule::for_stmt => self.for_stmt(pair),
            Rule::with_stmt => self.with_stmt(pair),
            Rule::try_stmt => self.try_stmt(pair),
            Rule::match_stmt => self.match_stmt(pair),
            _ => Err(self.internal(&pair)),
        }
    }

    fn raise_stmt(&mut self, pair: P<'_>, span: Span) -> PResult<Stmt> {
        let mut it = pair.into_inner();
        let exc = it.next().map(|e| self.expr(e)).transpose()?.map(bx);
        let cause = match it.next() {
            Some(c) => Some(bx(self.expr(self.first(&c)?)?)),
            None => None,
        };
        Ok(Stmt::Raise(StmtRaise { exc, cause, span }))
    }

    fn del_stmt(&mut self, pair: P<'_>, span: Span) -> PResult<Stmt> {
        let list = self.first(&pair)?;
        let mut targets = Vec::new();
        for child in list.into_inner().filter(|c| c.as_rule() != Rule::tcomma) {
            let e = self.expr(child)?;
            targets.push(self.del_target(e)?);
        }
        Ok(Stmt::Delete(StmtDelete { targets, span }))
    }

    fn expr_stmt(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let span = self.span(&pair);
        let mut it = pair.clone().into_inner();
        let first = self.next(&mut it, &pair)?;
        let parenthesized = first.as_str().starts_with('(');
        let rest: Vec<P<'_>> = it.collect();
        let Some(tail) = rest.first() else {
            let value = self.expr(first)?;
            return Ok(Stmt::Expr(StmtExpr {
                value: bx(value),
                span,
            }));
        };
        match tail.as_rule() {
            Rule::augassign => {
                let target = self.expr(first)?;
                let target = self.aug_target(target)?;
                let mut parts = tail.clone().into_inner();
                let op = augop(self.next(&mut parts, tail)?.as_str());
                let value = self.expr(self.next(&mut parts, tail)?)?;
                Ok(Stmt::AugAssign(StmtAugAssign {
                    target: bx(target),
                    op,
                    value: bx(value),
                    span,
                }))
            }
            Rule::annassign => {
                let target = self.expr(first)?;
                let target = self.ann_target(target)?;
                let simple = matches!(target, Expr::Name(_)) && !parenthesized;
                let mut parts = tail.clone().into_inner();
                let annotation = bx(self.expr(self.next(&mut parts, tail)?)?);
                let value = parts.next().map(|v| self.expr(v)).transpose()?.map(bx);
                Ok(Stmt::AnnAssign(StmtAnnAssign {
                    target: bx(target),
                    annotation,
                    value,
                    simple,
                    span,
                }))
            }
            _ => self.assign(pair.clone(), first, rest, span),
        }
    }

    /// `t1 = t2 = value`.
    fn assign(&mut self, pair: P<'_>, first: P<'_>, rest: Vec<P<'_>>, span: Span) -> PResult<Stmt> {
        let count = rest.len();
        // CPython's `invalid_named_expression` may claim `T = V` (one `=`,
        // V starting like a `bitwise_or`): it looks at T's last element.
        let named = match rest.first() {
            Some(value) if count == 1 => {
                let v = self.first(value)?;
                starts_bitwise_or(v.as_str()).then(|| NamedTarget {
                    last: last_element(&first),
                    value: v,
                })
            }
            _ => None,
        };
        let mut targets = vec![self.expr(first)?];
        let mut value = None;
        for (i, part) in rest.into_iter().enumerate() {
            let e = self.expr(self.first(&part)?)?;
            if i + 1 == count {
                value = Some(e);
            } else {
                targets.push(e);
            }
        }
        self.assign_targets(&mut targets, named.as_ref())?;
        let value = value.ok_or_else(|| self.internal(&pair))?;
        Ok(Stmt::Assign(StmtAssign {
            targets,
            value: bx(value),
            span,
        }))
    }

    /// The end of the `bitwise_or` that starts `value`.
    pub(super) fn bitwise_or_end(&self, value: &P<'_>) -> Option<u32> {
        use pest::Parser;
        let start = self.base + value.as_span().start();
        let input = self.text().get(start..)?;
        let pair = super::builder::PythonParser::parse(Rule::probe_bitwise_or, input)
            .ok()?
            .next()?;
        Some(self.text_span(start, start + pair.as_span().end()).end)
    }

    fn alias(&self, pair: &P<'_>) -> PResult<Alias> {
        let span = self.span(pair);
        let mut it = pair.clone().into_inner();
        let name_pair = self.next(&mut it, pair)?;
        let name = if name_pair.as_rule() == Rule::dotted_name {
            self.dotted_name(&name_pair)
        } else {
            self.ident(&name_pair)
        };
        let asname = it.next().map(|n| self.ident(&n));
        Ok(Alias { name, asname, span })
    }

    fn dotted_name(&self, pair: &P<'_>) -> Ident {
        let parts: Vec<String> = pair
            .clone()
            .into_inner()
            .map(|n| self.ident(&n).name.into())
            .collect();
        Ident {
            name: parts.join(".").into(),
            span: self.span(pair),
        }
    }

    fn import_from(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let span = self.span(&pair);
        let (mut level, mut module, mut names) = (0, None, Vec::new());
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::import_dot => level += child.as_str().len() as u32,
                Rule::dotted_name => module = Some(self.dotted_name(&child)),
                Rule::import_star => {
                    let star = Ident {
                        name: "*".into(),
                        span: self.span(&child),
                    };
                    names.push(Alias {
                        name: star,
                        asname: None,
                        span: self.span(&child),
                    });
                }
                _ => names.push(self.alias(&child)?),
            }
        }
        Ok(Stmt::ImportFrom(StmtImportFrom {
            module,
            names,
            level,
            span,
        }))
    }

    /// A `block` node's statements.
    pub(super) fn block(&mut self, pair: P<'_>) -> PResult<Vec<Stmt>> {
        self.statements(pair)
    }

    fn decorated(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::decorator => decorators.push(self.expr(self.first(&child)?)?),
                Rule::function_def => return self.function_def(child, decorators),
                Rule::class_def => return self.class_def(child, decorators),
                _ => return Err(self.internal(&child)),
            }
        }
        Err(self.internal(&pair))
    }

    fn function_def(&mut self, pair: P<'_>, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.span(&pair).start;
        let (mut is_async, mut name, mut args, mut returns, mut body) =
            (false, None, None, None, Vec::new());
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::async_kw => is_async = true,
                Rule::name => name = Some(self.ident(&child)),
                Rule::params => args = Some(self.parameters(child)?),
                Rule::returns => returns = Some(bx(self.expr(self.first(&child)?)?)),
                _ => body = self.block(child)?,
            }
        }
        let name = name.ok_or_else(|| self.internal(&pair))?;
        let args = Box::new(args.unwrap_or_default());
        let span = Span::new(start, self.span(&pair).end);
        Ok(Stmt::FunctionDef(StmtFunctionDef {
            is_async,
            name,
            args,
            body,
            decorator_list,
            returns,
            span,
        }))
    }

    fn class_def(&mut self, pair: P<'_>, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.span(&pair).start;
        let (mut name, mut bases, mut keywords, mut body) =
            (None, Vec::new(), Vec::new(), Vec::new());
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::name => name = Some(self.ident(&child)),
                Rule::class_args => {
                    self.check_class_args(&child)?;
                    let func = Expr::Constant(super::super::ast::ExprConstant {
                        value: super::super::ast::Constant::None,
                        u_prefix: false,
                        span: Span::default(),
                    });
                    if let Expr::Call(call) = self.call(func, child, Span::default())? {
                        bases = call.args;
                        keywords = call.keywords;
                    }
                }
                _ => body = self.block(child)?,
            }
        }
        let name = name.ok_or_else(|| self.internal(&pair))?;
        let span = Span::new(start, self.span(&pair).end);
        Ok(Stmt::ClassDef(StmtClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
            span,
        }))
    }

    /// Class bases are arguments, but not a bare generator expression:
    /// CPython's grammar stops at its `for`.
    fn check_class_args(&self, args: &P<'_>) -> PResult<()> {
        let Some(list) = args.clone().into_inner().next() else {
            return Ok(());
        };
        // With more arguments, `call` reports "Generator expression must be
        // parenthesized" first, as CPython does.
        if list.clone().into_inner().count() > 1 || list.as_str().trim_end().ends_with(',') {
            return Ok(());
        }
        let comp = list
            .into_inner()
            .flat_map(P::into_inner)
            .find(|p| p.as_rule() == Rule::comp_for);
        match comp {
            Some(c) => {
                let at = self.base + c.as_span().start();
                let word = c.as_str().split(|ch: char| !ch.is_alphanumeric()).next();
                let len = word.map_or(1, str::len);
                Err(self.error("invalid syntax", self.text_span(at, at + len)))
            }
            None => Ok(()),
        }
    }

    fn if_stmt(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let start = self.span(&pair).start;
        let mut it = pair.clone().into_inner();
        let test = self.expr(self.next(&mut it, &pair)?)?;
        let body = self.block(self.next(&mut it, &pair)?)?;
        let mut elifs = Vec::new();
        let mut orelse = Vec::new();
        for clause in it {
            if clause.as_rule() == Rule::elif_clause {
                let cstart = self.span(&clause).start;
                let mut parts = clause.clone().into_inner();
                let t = self.expr(self.next(&mut parts, &clause)?)?;
                let b = self.block(self.next(&mut parts, &clause)?)?;
                elifs.push((cstart, t, b));
            } else {
                orelse = self.block(self.first(&clause)?)?;
            }
        }
        for (cstart, t, b) in elifs.into_iter().rev() {
            let end = self.span(&pair).end;
            let node = Stmt::If(StmtIf {
                test: bx(t),
                body: b,
                orelse,
                span: Span::new(cstart, end),
            });
            orelse = vec![node];
        }
        let end = self.span(&pair).end;
        Ok(Stmt::If(StmtIf {
            test: bx(test),
            body,
            orelse,
            span: Span::new(start, end),
        }))
    }

    fn else_block(&mut self, clause: Option<P<'_>>) -> PResult<Vec<Stmt>> {
        match clause {
            Some(c) => self.block(self.first(&c)?),
            None => Ok(Vec::new()),
        }
    }

    fn while_stmt(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let start = self.span(&pair).start;
        let mut it = pair.clone().into_inner();
        let test = self.expr(self.next(&mut it, &pair)?)?;
        let body = self.block(self.next(&mut it, &pair)?)?;
        let orelse = self.else_block(it.next())?;
        let end = self.span(&pair).end;
        Ok(Stmt::While(StmtWhile {
            test: bx(test),
            body,
            orelse,
            span: Span::new(start, end),
        }))
    }

    fn for_stmt(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let start = self.span(&pair).start;
        let mut it = pair.clone().into_inner().peekable();
        let is_async = it.peek().is_some_and(|p| p.as_rule() == Rule::async_kw);
        if is_async {
            it.next();
        }
        let targets = it.next().ok_or_else(|| self.internal(&pair))?;
        let target = self.targets(targets)?;
        let target = self.store_target(target)?;
        let iter = self.expr(it.next().ok_or_else(|| self.internal(&pair))?)?;
        let body = self.block(it.next().ok_or_else(|| self.internal(&pair))?)?;
        let orelse = self.else_block(it.next())?;
        let end = self.span(&pair).end;
        Ok(Stmt::For(StmtFor {
            is_async,
            target: bx(target),
            iter: bx(iter),
            body,
            orelse,
            span: Span::new(start, end),
        }))
    }

    fn with_stmt(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let start = self.span(&pair).start;
        let (mut is_async, mut items, mut body) = (false, Vec::new(), Vec::new());
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::async_kw => is_async = true,
                Rule::with_item => {
                    let span = self.span(&child);
                    let mut parts = child.clone().into_inner();
                    let context_expr = self.expr(self.next(&mut parts, &child)?)?;
                    let optional_vars = match parts.next() {
                        Some(t) => {
                            let t = self.target(t)?;
                            Some(self.store_target(t)?)
                        }
                        None => None,
                    };
                    items.push(WithItem {
                        context_expr,
                        optional_vars,
                        span,
                    });
                }
                _ => body = self.block(child)?,
            }
        }
        let span = Span::new(start, self.span(&pair).end);
        Ok(Stmt::With(StmtWith {
            is_async,
            items,
            body,
            span,
        }))
    }

    fn try_stmt(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let start = self.span(&pair).start;
        let mut it = pair.clone().into_inner();
        let body = self.block(self.next(&mut it, &pair)?)?;
        let (mut handlers, mut orelse, mut finalbody) = (Vec::new(), Vec::new(), Vec::new());
        let mut star: Option<bool> = None;
        for clause in it {
            match clause.as_rule() {
                Rule::except_clause => {
                    let (handler, is_star) = self.except_clause(clause)?;
                    if star.is_some_and(|s| s != is_star) {
                        let kw = Span::new(handler.span.start, handler.span.start + 6);
                        return Err(self.error(
                            "cannot have both 'except' and 'except*' on the same 'try'",
                            kw,
                        ));
                    }
                    star = Some(is_star);
                    handlers.push(handler);
                }
                Rule::else_clause => orelse = self.block(self.first(&clause)?)?,
                _ => finalbody = self.block(self.first(&clause)?)?,
            }
        }
        let end = self.span(&pair).end;
        let is_star = star.unwrap_or(false);
        Ok(Stmt::Try(StmtTry {
            is_star,
            body,
            handlers,
            orelse,
            finalbody,
            span: Span::new(start, end),
        }))
    }

    fn except_clause(&mut self, pair: P<'_>) -> PResult<(ExceptHandler, bool)> {
        let start = self.span(&pair).start;
        let (mut is_star, mut type_, mut name, mut body) = (false, None, None, Vec::new());
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::except_star => is_star = true,
                Rule::expression => type_ = Some(bx(self.expr(child)?)),
                Rule::name => name = Some(self.ident(&child)),
                _ => body = self.block(child)?,
            }
        }
        if is_star && type_.is_none() {
            let at = self.span(&pair);
            let colon = pair
                .as_str()
                .find(':')
                .map_or(at.start, |i| at.start + i as u32);
            return Err(self.error(
                "expected one or more exception types",
                Span::new(colon, colon + 1),
            ));
        }
        let span = Span::new(start, self.span(&pair).end);
        Ok((
            ExceptHandler {
                type_,
                name,
                body,
                span,
            },
            is_star,
        ))
    }
}

/// What CPython's `invalid_named_expression` sees of `T = V`.
pub(super) struct NamedTarget<'i> {
    /// T's last top-level element (T itself when it is not a bare tuple).
    pub last: P<'i>,
    /// V, whose leading `bitwise_or` ends the error's range.
    pub value: P<'i>,
}

/// The last element of an unparenthesized tuple, or the pair itself.
fn last_element<'i>(pair: &P<'i>) -> P<'i> {
    if pair.as_rule() == Rule::star_expressions {
        let items: Vec<P<'i>> = pair.clone().into_inner().collect();
        let is_tuple = items.len() > 1;
        if is_tuple {
            if let Some(last) = items
                .into_iter()
                .filter(|p| p.as_rule() != Rule::tcomma)
                .last()
            {
                return last;
            }
        }
    }
    pair.clone()
}

/// Whether an assignment's right-hand side starts like a `bitwise_or`
/// (CPython's condition for "Maybe you meant '=='").
fn starts_bitwise_or(text: &str) -> bool {
    let word = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    !(text.starts_with('*') || matches!(word, "not" | "lambda" | "yield"))
}

/// The operator of an augmented assignment (`+=` → `Add`).
pub(in crate::syntax) fn augop(text: &str) -> Operator {
    match text.trim_end_matches('=') {
        "+" => Operator::Add,
        "-" => Operator::Sub,
        "*" => Operator::Mult,
        "@" => Operator::MatMult,
        "/" => Operator::Div,
        "%" => Operator::Mod,
        "&" => Operator::BitAnd,
        "|" => Operator::BitOr,
        "^" => Operator::BitXor,
        "<<" => Operator::LShift,
        ">>" => Operator::RShift,
        "**" => Operator::Pow,
        _ => Operator::FloorDiv,
    }
}
