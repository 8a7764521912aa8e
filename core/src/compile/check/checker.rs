//! The compiler's walk: units (one per scope), their block stacks, and
//! name references.
//!
//! CPython's compiler (`Python/compile.c`) raises its errors while generating
//! code, in code-generation order, which is not source order (a function's
//! decorators come before its defaults, a class body before its bases, a
//! comprehension's body before its first iterable, a `finally` body is
//! compiled again wherever `return`/`break`/`continue` leaves it). This walk
//! follows that order, so the first error it meets is CPython's. The same
//! walk records the order in which the compiler first meets each fast local,
//! which is CPython's `co_varnames` order.

use foldhash::{HashMap, HashMapExt};

use crate::compile::errors::{CompilerMsg, Errors};
use crate::compile::future::Features;
use crate::compile::names::mangle;
use crate::compile::scope::{ScopeId, ScopeKind, ScopeTable};
use crate::syntax::ast::{self, Expr, ExprContext, Span, Stmt};
use crate::syntax::{LineIndex, SyntaxError};

pub(super) type R = Result<(), SyntaxError>;

/// CPython's `CO_MAXBLOCKS`: how many blocks may be statically nested.
const MAX_BLOCKS: usize = 20;

/// The compiler's kinds of code unit (`COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// A compile-time block (`enum fblocktype`).
#[derive(Clone, Copy, Debug)]
pub(super) enum FBlock<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    /// A `try` with `finally`: leaving it compiles the `finally` body again.
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// One code unit being compiled.
pub(super) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub fblocks: Vec<FBlock<'a>>,
}

/// The walk's state.
pub(super) struct Checker<'a, 't> {
    pub table: &'t mut ScopeTable,
    pub errors: Errors<'a>,
    pub features: Features,
    pub unit: Unit<'a>,
    /// `finally` bodies already compiled without error, by body and the
    /// blocks that matter below them, with the deepest block depth seen: a
    /// second compile there would find nothing new (CPython's compile time is
    /// exponential in nested `finally` bodies; ours is not).
    pub finally_done: HashMap<(usize, Vec<usize>), usize>,
}

/// Runs the compiler's checks over `module` and numbers every fast local.
pub(crate) fn check(
    module: &ast::Module,
    table: &mut ScopeTable,
    index: &LineIndex,
    features: &Features,
) -> R {
    let mut checker = Checker {
        table,
        errors: Errors { index },
        features: *features,
        unit: Unit {
            scope: ScopeId(0),
            kind: UnitKind::Module,
            fblocks: Vec::new(),
        },
        finally_done: HashMap::new(),
    };
    checker.stmts(&module.body)?;
    for scope in &mut checker.table.scopes {
        scope.number_locals();
    }
    Ok(())
}

impl<'a> Checker<'a, '_> {
    /// A compiler error with a fixed message.
    pub fn error(&self, msg: CompilerMsg, span: Span) -> SyntaxError {
        self.errors.compiler(msg, span)
    }

    /// The scope the symbol table made for the node at `span`.
    pub fn scope_of(&self, span: Span, kind: ScopeKind) -> Result<ScopeId, SyntaxError> {
        self.table
            .lookup(span, kind)
            .ok_or_else(|| self.errors.internal(span))
    }

    /// Compiles `body` as the code unit of scope `scope`.
    pub fn in_unit(
        &mut self,
        scope: ScopeId,
        kind: UnitKind,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let unit = Unit {
            scope,
            kind,
            fblocks: Vec::new(),
        };
        let outer = std::mem::replace(&mut self.unit, unit);
        let result = body(self);
        self.unit = outer;
        result
    }

    /// Whether the current unit is a function-like scope (`FunctionBlock`).
    pub fn in_function_block(&self) -> bool {
        self.table.scope(self.unit.scope).kind.is_function_like()
    }

    /// `compiler_push_fblock`: at most [`MAX_BLOCKS`] nested blocks.
    pub fn push_block(&mut self, block: FBlock<'a>, span: Span) -> R {
        if self.unit.fblocks.len() >= MAX_BLOCKS {
            return Err(self.error(CompilerMsg::TooManyNestedBlocks, span));
        }
        self.unit.fblocks.push(block);
        Ok(())
    }

    /// `compiler_pop_fblock`.
    pub fn pop_block(&mut self) {
        self.unit.fblocks.pop();
    }

    /// The blocks that decide what leaving a `finally` body finds: loops,
    /// other `finally` bodies and `except*` handlers (the rest only count).
    fn unwind_signature(&self) -> Vec<usize> {
        self.unit
            .fblocks
            .iter()
            .filter_map(|b| match b {
                FBlock::WhileLoop | FBlock::ForLoop => Some(1),
                FBlock::ExceptionGroupHandler => Some(2),
                FBlock::FinallyTry(body) => Some(body.as_ptr() as usize),
                _ => None,
            })
            .collect()
    }

    /// Compiles a `finally` body, unless it was compiled without error under
    /// the same blocks at this depth or deeper.
    pub fn finally_body(&mut self, body: &'a [Stmt]) -> R {
        let key = (body.as_ptr() as usize, self.unwind_signature());
        let depth = self.unit.fblocks.len();
        if self
            .finally_done
            .get(&key)
            .is_some_and(|&done| done >= depth)
        {
            return Ok(());
        }
        self.stmts(body)?;
        let done = self.finally_done.entry(key).or_insert(depth);
        *done = (*done).max(depth);
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: leaves the blocks a `return` (all),
    /// `break` or `continue` (up to the innermost loop) exits, compiling the
    /// `finally` bodies on the way. Returns whether a loop was found.
    ///
    /// Leaving a `with` or `finally` block loses CPython's location, so it
    /// reports an `except*` error found after that at line -1; we report the
    /// statement (`conformance/DIVERGENCES.md`).
    pub fn unwind(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        span: Span,
    ) -> Result<bool, SyntaxError> {
        let Some(&top) = self.unit.fblocks.last() else {
            return Ok(false);
        };
        if let FBlock::ExceptionGroupHandler = top {
            return Err(self
                .errors
                .compiler_unlocated(CompilerMsg::JumpInExceptStar, span));
        }
        if to_loop && matches!(top, FBlock::WhileLoop | FBlock::ForLoop) {
            return Ok(true);
        }
        self.unit.fblocks.pop();
        let result = self
            .unwind_block(top, preserve_tos, span)
            .and_then(|()| self.unwind(preserve_tos, to_loop, span));
        self.unit.fblocks.push(top);
        result
    }

    /// `compiler_unwind_fblock`: only a `finally` body compiles anything.
    fn unwind_block(&mut self, block: FBlock<'a>, preserve_tos: bool, span: Span) -> R {
        let FBlock::FinallyTry(body) = block else {
            return Ok(());
        };
        if preserve_tos {
            self.push_block(FBlock::PopValue, span)?;
        }
        let result = self.finally_body(body);
        if preserve_tos {
            self.pop_block();
        }
        result
    }

    /// `compiler_nameop`: `__debug__` cannot be bound; a fast local the
    /// compiler meets for the first time gets the next slot.
    pub fn name(&mut self, name: &str, ctx: ExprContext, span: Span) -> R {
        if name == "__debug__" {
            return match ctx {
                ExprContext::Load => Ok(()),
                ExprContext::Store => Err(self.error(CompilerMsg::AssignToDebug, span)),
                ExprContext::Del => Err(self.error(CompilerMsg::DeleteDebug, span)),
            };
        }
        let scope = self.table.scope(self.unit.scope);
        if !scope.kind.is_function_like() {
            return Ok(());
        }
        let private = scope.private.map(|p| self.table.name(p));
        let mangled = mangle(private, name);
        let key = self.table.names.get(mangled.as_deref().unwrap_or(name));
        if let Some(key) = key {
            self.table.scopes[self.unit.scope.0 as usize].note_local(key);
        }
        Ok(())
    }

    /// `forbidden_name` for a name that is bound.
    pub fn check_store_name(&self, name: &str, span: Span) -> R {
        if name == "__debug__" {
            return Err(self.error(CompilerMsg::AssignToDebug, span));
        }
        Ok(())
    }

    /// `compiler_check_debug_args`: no parameter may be `__debug__`.
    pub fn check_params(&self, args: &ast::Arguments, span: Span) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg);
        all.chain(&args.kwonlyargs)
            .chain(&args.kwarg)
            .try_for_each(|arg| self.check_store_name(&arg.arg.name, span))
    }

    /// `compiler_default_arguments`: positional defaults, then keyword-only ones.
    pub fn defaults(&mut self, args: &'a ast::Arguments) -> R {
        self.exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|e| self.expr(e))
    }

    /// `compiler_visit_annotations`: evaluated unless they are strings.
    fn annotations(&mut self, args: &'a ast::Arguments, returns: Option<&'a Expr>) -> R {
        if self.features.annotations {
            return Ok(());
        }
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg);
        for arg in all.chain(&args.kwonlyargs).chain(&args.kwarg) {
            match arg.annotation.as_deref() {
                // `*args: *Ts` unpacks its annotation.
                Some(Expr::Starred(s)) => self.expr(&s.value)?,
                Some(annotation) => self.expr(annotation)?,
                None => {}
            }
        }
        returns.map_or(Ok(()), |r| self.expr(r))
    }

    /// `compiler_function`.
    pub fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        self.check_params(&f.args, f.span)?;
        self.exprs(&f.decorator_list)?;
        self.defaults(&f.args)?;
        self.annotations(&f.args, f.returns.as_deref())?;
        let scope = self.scope_of(f.span, ScopeKind::Function)?;
        let kind = if f.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.in_unit(scope, kind, |c| c.stmts(&f.body))?;
        self.name(&f.name.name, ExprContext::Store, f.span)
    }

    /// `compiler_class`: the body is compiled before the bases.
    pub fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        self.exprs(&c.decorator_list)?;
        let scope = self.scope_of(c.span, ScopeKind::Class)?;
        self.in_unit(scope, UnitKind::Class, |ch| ch.stmts(&c.body))?;
        self.call_arguments(&c.bases, &c.keywords, c.span)?;
        self.name(&c.name.name, ExprContext::Store, c.span)
    }

    /// `compiler_lambda`.
    pub fn lambda(&mut self, l: &'a ast::ExprLambda) -> R {
        self.check_params(&l.args, l.span)?;
        self.defaults(&l.args)?;
        let scope = self.scope_of(l.span, ScopeKind::Lambda)?;
        self.in_unit(scope, UnitKind::Lambda, |c| c.expr(&l.body))
    }

    /// `validate_keywords` then `compiler_call_helper`'s arguments.
    pub fn call_arguments(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        span: Span,
    ) -> R {
        self.validate_keywords(keywords, span)?;
        self.positional(args)?;
        keywords.iter().try_for_each(|k| self.expr(&k.value))
    }

    /// `validate_keywords`: no `__debug__=`, no keyword given twice.
    pub fn validate_keywords(&self, keywords: &[ast::Keyword], span: Span) -> R {
        for (i, keyword) in keywords.iter().enumerate() {
            let Some(arg) = &keyword.arg else { continue };
            self.check_store_name(&arg.name, span)?;
            let mut later = keywords.iter().skip(i + 1);
            if let Some(again) = later.find(|k| k.arg.as_ref().is_some_and(|a| a.name == arg.name))
            {
                return Err(self.errors.keyword_repeated(&arg.name, again.span));
            }
        }
        Ok(())
    }
}
