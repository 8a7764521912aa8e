//! Lowering: AST + resolved scopes → [`Code`] objects of flat instructions.
//!
//! One [`Unit`] per scope being compiled; nested scopes (functions, classes,
//! comprehensions) are compiled to completion when met and referenced by
//! index. `finally` bodies are emitted twice (normal and exceptional path) as
//! CPython 3.11 does, and `return`/`break`/`continue` unwind the enclosing
//! blocks at compile time ([`FBlock`]), so they are plain jumps at run time.
//!
//! Statements are in `lower_stmt.rs`, expressions in `lower_expr.rs`,
//! functions/classes/comprehensions in `lower_def.rs`.

use super::builder::{CodeBuilder, Label};
use super::code::{Code, CodeKind, Const, Instr};
use super::names::Interner;
use super::symbols::{Resolution, ScopeInfo, ScopeKind, Scopes};
use crate::syntax::ast::{self, Span, Stmt};
use crate::syntax::{LineIndex, SyntaxError, SyntaxErrorKind};

/// The result of lowering one node.
pub(crate) type LResult = Result<(), SyntaxError>;

/// A block that `return`/`break`/`continue` must unwind.
#[derive(Clone, Copy)]
pub(crate) enum FBlock<'a> {
    /// A loop; a `for` loop keeps its iterator on the stack.
    Loop {
        /// `continue` target.
        cont: Label,
        /// `break` target.
        brk: Label,
        /// The iterator is on the stack.
        is_for: bool,
    },
    /// The body of a `try` with a `finally`: unwinding runs the final body inline.
    TryFinally {
        /// The final body.
        body: &'a [Stmt],
        /// Handler-stack height outside the `try`.
        handlers: usize,
    },
    /// Inside the exceptional copy of a final body: `[prev, exc]` on the stack.
    FinallyEnd {
        /// Handler-stack height outside the cleanup handler.
        handlers: usize,
    },
    /// Inside an `except` body: `[prev]` on the stack, maybe a bound name.
    ExceptBody {
        /// The `as` name, cleared on exit.
        name: Option<&'a str>,
        /// Handler-stack height outside the cleanup handler.
        handlers: usize,
    },
    /// Inside a `with` body: `[exit]` on the stack.
    With {
        /// Handler-stack height outside the `with` handler.
        handlers: usize,
        /// `async with`: leaving awaits `__aexit__(None, None, None)`.
        is_async: bool,
    },
}

impl FBlock<'_> {
    /// The handler-stack height outside this block (`None` for loops).
    fn handlers(&self) -> Option<usize> {
        match self {
            FBlock::Loop { .. } => None,
            FBlock::TryFinally { handlers, .. }
            | FBlock::FinallyEnd { handlers }
            | FBlock::ExceptBody { handlers, .. }
            | FBlock::With { handlers, .. } => Some(*handlers),
        }
    }
}

/// How control leaves the blocks being unwound.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// `return` (the value is on top of the stack).
    Return,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// The scope being compiled.
pub(crate) struct Unit<'a> {
    pub b: CodeBuilder,
    pub scope: &'a ScopeInfo,
    pub kind: ScopeKind,
    pub fblocks: Vec<FBlock<'a>>,
}

/// Program-wide lowering state.
pub(crate) struct Lowerer<'a> {
    pub scopes: &'a Scopes,
    pub index: &'a LineIndex,
    /// The source, for annotations kept as text (`from __future__ import annotations`).
    pub source: &'a str,
    /// Whether annotations are stored as strings instead of evaluated (PEP 563).
    pub string_annotations: bool,
    pub codes: Vec<Option<Code>>,
    /// The program's name table (operands of name instructions).
    names: Interner,
    pub units: Vec<Unit<'a>>,
}

/// What [`lower_module`] produces.
pub(crate) struct Lowered {
    /// Code objects; index 0 is the module.
    pub codes: Vec<Code>,
    /// The program's name table (operands of name instructions).
    pub names: Vec<Box<str>>,
}

/// Compiles a whole module.
pub(crate) fn lower_module(
    module: &ast::Module,
    scopes: &Scopes,
    index: &LineIndex,
    source: &str,
) -> Result<Lowered, SyntaxError> {
    let string_annotations = super::future::features(module, index)?.annotations;
    let mut lowerer = Lowerer {
        scopes,
        index,
        source,
        string_annotations,
        codes: vec![None],
        names: Interner::with_capacity(Interner::capacity_for(module.span.end)),
        units: Vec::new(),
    };
    let builder = CodeBuilder::new("<module>", "<module>", CodeKind::Module, module.span);
    lowerer.units.push(Unit {
        b: builder,
        scope: scopes.module(),
        kind: ScopeKind::Module,
        fblocks: Vec::new(),
    });
    lowerer.setup_annotations(&module.body);
    let (last, init) = match module.body.split_last() {
        Some((Stmt::Expr(e), init)) => (Some(e), init),
        _ => (None, module.body.as_slice()),
    };
    lowerer.stmts(init)?;
    match last {
        Some(e) => {
            lowerer.u().b.span = e.span;
            lowerer.expr(&e.value)?;
        }
        None => lowerer.u().b.load_const(Const::None),
    }
    lowerer.u().b.emit(Instr::ReturnValue);
    let unit = lowerer
        .units
        .pop()
        .ok_or_else(|| internal(index, "no unit"))?;
    let code = unit.b.finish().map_err(|e| internal(index, &e))?;
    lowerer.codes[0] = Some(code);
    let codes = lowerer
        .codes
        .into_iter()
        .map(|c| c.ok_or_else(|| internal(index, "missing code")))
        .collect::<Result<_, _>>()?;
    Ok(Lowered {
        codes,
        names: lowerer.names.into_strings(),
    })
}

fn internal(index: &LineIndex, what: &str) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        format!("internal compiler error: {what}"),
        Span::default(),
        index,
    )
}

impl<'a> Lowerer<'a> {
    /// The unit being compiled.
    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        // The module unit is pushed first and popped last, so the stack is never empty here.
        let last = self.units.len().saturating_sub(1);
        &mut self.units[last]
    }

    /// The program-wide index of `name`.
    pub(crate) fn name(&mut self, name: &str) -> u32 {
        self.names.intern(name).index()
    }

    /// A SyntaxError for a construct the evaluator does not run yet.
    pub(crate) fn unsupported(&self, what: &str, span: Span) -> SyntaxError {
        SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            format!("{what} is not supported yet"),
            span,
            self.index,
        )
    }

    /// Any SyntaxError at `span`.
    pub(crate) fn error(&self, msg: &str, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span, self.index)
    }

    /// The name-table index of attribute `name` (private names mangled, as CPython does).
    pub(crate) fn attr_name(&mut self, name: &str) -> u32 {
        let scope = self.u().scope;
        let mangled = scope.mangled(name);
        self.name(&mangled)
    }

    /// Emits a load of `name` as resolved in the current scope.
    pub(crate) fn load_name(&mut self, name: &str) {
        let scope = self.u().scope;
        let name = &*scope.mangled(name);
        let resolution = self.resolve(name);
        let instr = match resolution {
            Resolution::Local(slot) => Instr::LoadFast(slot),
            Resolution::Deref(i) => Instr::LoadDeref(i),
            Resolution::ClassDeref(i) => Instr::LoadClassDeref(i),
            Resolution::Global => Instr::LoadGlobal(self.name(name)),
            Resolution::Name => Instr::LoadName(self.name(name)),
        };
        self.u().b.emit(instr);
    }

    /// Emits a store into `name`.
    pub(crate) fn store_name(&mut self, name: &str) {
        let scope = self.u().scope;
        let name = &*scope.mangled(name);
        let instr = match self.resolve(name) {
            Resolution::Local(slot) => Instr::StoreFast(slot),
            Resolution::Deref(i) | Resolution::ClassDeref(i) => Instr::StoreDeref(i),
            Resolution::Global => Instr::StoreGlobal(self.name(name)),
            Resolution::Name => Instr::StoreName(self.name(name)),
        };
        self.u().b.emit(instr);
    }

    /// Emits `del name`.
    pub(crate) fn delete_name(&mut self, name: &str) {
        let scope = self.u().scope;
        let name = &*scope.mangled(name);
        let instr = match self.resolve(name) {
            Resolution::Local(slot) => Instr::DeleteFast(slot),
            Resolution::Deref(i) | Resolution::ClassDeref(i) => Instr::DeleteDeref(i),
            Resolution::Global => Instr::DeleteGlobal(self.name(name)),
            Resolution::Name => Instr::DeleteName(self.name(name)),
        };
        self.u().b.emit(instr);
    }

    fn resolve(&mut self, name: &str) -> Resolution {
        let unit = self.u();
        let (kind, scope) = (unit.kind, unit.scope);
        match kind {
            // Module-level names are globals (CPython's LOAD_NAME finds them there too).
            ScopeKind::Module => Resolution::Global,
            _ => self.scopes.resolve(scope, name),
        }
    }

    /// Unwinds the blocks above the innermost loop (`break`/`continue`) or
    /// all of them (`return`, keeping the return value on top).
    /// Returns the loop's labels for `break`/`continue`.
    pub(crate) fn unwind(
        &mut self,
        exit: Exit,
        span: Span,
    ) -> Result<Option<(Label, Label, bool)>, SyntaxError> {
        let to_loop = exit != Exit::Return;
        let preserve_tos = exit == Exit::Return;
        let saved = self.u().fblocks.clone();
        let mut taken_handlers = Vec::new();
        let mut found = None;
        while let Some(block) = self.u().fblocks.pop() {
            if let Some(height) = block.handlers() {
                let mut taken = self.u().b.take_handlers(height);
                taken.append(&mut taken_handlers);
                taken_handlers = taken;
            }
            match block {
                FBlock::Loop { cont, brk, is_for } => {
                    if to_loop {
                        found = Some((cont, brk, is_for));
                        break;
                    }
                    if is_for {
                        self.pop_under(preserve_tos);
                    }
                }
                FBlock::TryFinally { body, .. } => self.stmts(body)?,
                FBlock::FinallyEnd { .. } => {
                    self.pop_under(preserve_tos);
                    self.pop_except(preserve_tos);
                }
                FBlock::ExceptBody { name, .. } => {
                    self.pop_except(preserve_tos);
                    if let Some(name) = name {
                        self.clear_name(name);
                    }
                }
                FBlock::With { is_async, .. } => {
                    if preserve_tos {
                        self.u().b.emit(Instr::Swap(2));
                    }
                    self.call_exit_none();
                    if is_async {
                        self.emit_await_from(super::lower_async::AWAIT_AEXIT);
                    }
                    self.u().b.emit(Instr::PopTop);
                }
            }
        }
        if to_loop && found.is_none() {
            let msg = if exit == Exit::Continue {
                "'continue' not properly in loop"
            } else {
                "'break' outside loop"
            };
            return Err(self.error(msg, span));
        }
        let unit = self.u();
        unit.fblocks = saved;
        unit.b.restore_handlers(taken_handlers);
        Ok(found)
    }

    /// Pops the item under the top (or the top itself).
    fn pop_under(&mut self, preserve_tos: bool) {
        if preserve_tos {
            self.u().b.emit(Instr::Swap(2));
        }
        self.u().b.emit(Instr::PopTop);
    }

    fn pop_except(&mut self, preserve_tos: bool) {
        if preserve_tos {
            self.u().b.emit(Instr::Swap(2));
        }
        self.u().b.emit(Instr::PopExcept);
    }

    /// `name = None; del name` (the end of `except E as name:`).
    pub(crate) fn clear_name(&mut self, name: &str) {
        self.u().b.load_const(Const::None);
        self.store_name(name);
        self.delete_name(name);
    }

    /// `[exit] -> [exit(None, None, None)]`.
    pub(crate) fn call_exit_none(&mut self) {
        let b = &mut self.u().b;
        b.load_const(Const::None);
        b.load_const(Const::None);
        b.load_const(Const::None);
        b.emit(Instr::Call(3));
    }

    /// Stores a finished child code; returns its index.
    pub(crate) fn add_code(&mut self, code: Code) -> u32 {
        self.codes.push(Some(code));
        (self.codes.len() - 1) as u32
    }
}
