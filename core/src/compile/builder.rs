//! [`CodeBuilder`]: emits the instructions of one code object, with labels,
//! the constant pool, and the active exception handlers, then assembles the
//! exception table from per-instruction handlers (as CPython's assembler does).

use super::code::{Code, CodeKind, Const, ExcEntry, Instr, Params};
use super::depth::stack_depths;
use crate::syntax::ast::Span;
use foldhash::{HashMap, HashMapExt};
use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, Hash, Hasher};

/// A jump target, resolved to an instruction index when placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// An active `try`: faults in the instructions emitted while it is pushed go to `label`.
#[derive(Clone, Copy, Debug)]
struct Handler {
    label: Label,
    /// The instruction whose stack depth (plus `adjust`) is the handler's depth.
    setup: u32,
    adjust: i32,
}

/// Builds one [`Code`].
pub(crate) struct CodeBuilder {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub kind: CodeKind,
    pub is_generator: bool,
    pub gen_kind: super::code::GenKind,
    pub params: Params,
    pub varnames: Vec<Box<str>>,
    pub cellvars: Vec<Box<str>>,
    pub freevars: Vec<Box<str>>,
    pub cell_params: Vec<(u32, u32)>,
    pub patterns: Vec<super::code::Pat>,
    /// The docstring (`__doc__` of a function).
    pub doc: Option<Box<str>>,
    instrs: Vec<Instr>,
    spans: Vec<Span>,
    /// Index into `handlers_used` of the handler active at each instruction;
    /// it stops after the last instruction that has one (code without
    /// handlers, most of it, never fills it in).
    instr_handler: Vec<Option<u32>>,
    consts: Vec<Const>,
    /// The first index in `consts` of each [`ConstKey`]'s hash: a lookup
    /// instead of a scan of the pool for the constants loaded most (filled
    /// once the pool holds [`SCAN_CONSTS`]).
    const_index: HashMap<u64, u32>,
    labels: Vec<Option<u32>>,
    handler_stack: Vec<u32>,
    handlers_used: Vec<Handler>,
    /// The span given to instructions being emitted.
    pub span: Span,
}

impl CodeBuilder {
    /// An empty builder.
    pub(crate) fn new(name: &str, qualname: &str, kind: CodeKind, span: Span) -> Self {
        CodeBuilder {
            name: name.into(),
            qualname: qualname.into(),
            kind,
            is_generator: false,
            gen_kind: super::code::GenKind::Generator,
            params: Params::default(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            cell_params: Vec::new(),
            patterns: Vec::new(),
            doc: None,
            instrs: Vec::with_capacity(INITIAL_INSTRS),
            spans: Vec::with_capacity(INITIAL_INSTRS),
            instr_handler: Vec::new(),
            consts: Vec::with_capacity(SCAN_CONSTS),
            const_index: HashMap::new(),
            labels: Vec::new(),
            handler_stack: Vec::new(),
            handlers_used: Vec::new(),
            span,
        }
    }

    /// Appends `instr` at the current span; returns its index.
    #[inline]
    pub(crate) fn emit(&mut self, instr: Instr) -> u32 {
        let pc = self.instrs.len();
        self.instrs.push(instr);
        self.spans.push(self.span);
        if let Some(&handler) = self.handler_stack.last() {
            self.instr_handler.resize(pc, None);
            self.instr_handler.push(Some(handler));
        }
        pc as u32
    }

    /// A fresh, unplaced label.
    pub(crate) fn label(&mut self) -> Label {
        self.labels.push(None);
        Label((self.labels.len() - 1) as u32)
    }

    /// Places `label` at the next instruction.
    pub(crate) fn place(&mut self, label: Label) {
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            *slot = Some(self.instrs.len() as u32);
        }
    }

    /// Emits a jump-like instruction to `label` (the operand is patched in `finish`).
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) -> u32 {
        self.emit(make(label.0 | LABEL_BIT))
    }

    /// The index of constant `value`, adding it if new.
    pub(crate) fn constant(&mut self, value: Const) -> u32 {
        // A small pool is scanned: cheaper than hashing, and most are small.
        if self.consts.len() < SCAN_CONSTS {
            if let Some(i) = self.consts.iter().position(|c| same_const(c, &value)) {
                return i as u32;
            }
            return self.push_const(value, None);
        }
        let Some(key) = ConstKey::of(&value) else {
            return self.scan_or_push(value, None);
        };
        let hash = self.const_index.hasher().hash_one(key);
        // One probe: an empty entry means no equal constant exists (it
        // would have the same hash), and takes the new one's index.
        let i = self.consts.len() as u32;
        match self.const_index.entry(hash) {
            Entry::Vacant(entry) => {
                entry.insert(i);
                self.consts.push(value);
                i
            }
            Entry::Occupied(entry) => {
                let at = *entry.get();
                if self
                    .consts
                    .get(at as usize)
                    .is_some_and(|c| same_const(c, &value))
                {
                    return at;
                }
                // Two keys with one hash: scan the pool.
                self.scan_or_push(value, Some(hash))
            }
        }
    }

    /// The index of `value` found by a scan of the pool, or a new one.
    fn scan_or_push(&mut self, value: Const, hash: Option<u64>) -> u32 {
        if let Some(i) = self.consts.iter().position(|c| same_const(c, &value)) {
            return i as u32;
        }
        self.push_const(value, hash)
    }

    /// Adds a new constant (with its key's hash, if it has a key).
    fn push_const(&mut self, value: Const, hash: Option<u64>) -> u32 {
        let i = self.consts.len() as u32;
        self.consts.push(value);
        if let Some(hash) = hash {
            self.const_index.entry(hash).or_insert(i);
        } else if self.consts.len() == SCAN_CONSTS {
            // The pool outgrows scanning: index what it holds, with room for
            // as many more (growing the table from empty rehashes it often).
            self.const_index.reserve(4 * SCAN_CONSTS);
            for (i, c) in self.consts.iter().enumerate() {
                if let Some(key) = ConstKey::of(c) {
                    let hash = self.const_index.hasher().hash_one(key);
                    self.const_index.entry(hash).or_insert(i as u32);
                }
            }
        }
        i
    }

    /// `LoadConst value`.
    pub(crate) fn load_const(&mut self, value: Const) {
        let i = self.constant(value);
        self.emit(Instr::LoadConst(i));
    }

    /// Routes faults in what is emitted next to `label`, with the stack depth
    /// of the next instruction plus `adjust` (a `Nop` marks that point).
    pub(crate) fn push_handler(&mut self, label: Label, adjust: i32) {
        let setup = self.emit(Instr::Nop);
        self.handlers_used.push(Handler {
            label,
            setup,
            adjust,
        });
        self.handler_stack
            .push((self.handlers_used.len() - 1) as u32);
    }

    /// Ends the innermost handler's range.
    pub(crate) fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }

    /// Temporarily removes the innermost handlers (emitting a `finally` body
    /// inline while unwinding); give the result back to [`Self::restore_handlers`].
    pub(crate) fn take_handlers(&mut self, keep: usize) -> Vec<u32> {
        self.handler_stack
            .split_off(keep.min(self.handler_stack.len()))
    }

    /// Undoes [`Self::take_handlers`].
    pub(crate) fn restore_handlers(&mut self, taken: Vec<u32>) {
        self.handler_stack.extend(taken);
    }

    /// Number of active handlers.
    pub(crate) fn handler_depth(&self) -> usize {
        self.handler_stack.len()
    }

    /// Resolves labels, computes handler depths and returns the finished code.
    pub(crate) fn finish(mut self) -> Result<Code, String> {
        for instr in &mut self.instrs {
            if let Some(target) = jump_target(*instr) {
                if target & LABEL_BIT != 0 {
                    let label = (target & !LABEL_BIT) as usize;
                    let resolved = self
                        .labels
                        .get(label)
                        .copied()
                        .flatten()
                        .ok_or_else(|| format!("unplaced label {label}"))?;
                    *instr = with_target(*instr, resolved);
                }
            }
        }
        let handler_entries: Vec<(u32, u32, i32)> = self
            .handlers_used
            .iter()
            .map(|h| {
                let target = self.labels.get(h.label.0 as usize).copied().flatten();
                (target.unwrap_or(0), h.setup, h.adjust)
            })
            .collect();
        // The depths matter only to the exception table; without handlers
        // they are computed in debug builds alone, as a check of the lowering.
        let depths = if handler_entries.is_empty() && !cfg!(debug_assertions) {
            Vec::new()
        } else {
            stack_depths(&self.instrs, &self.instr_handler, &handler_entries)?
        };
        let exc_table = self.exception_table(&handler_entries, &depths);
        Ok(Code {
            name: self.name.into(),
            qualname: self.qualname.into(),
            kind: self.kind,
            is_generator: self.is_generator,
            gen_kind: self.gen_kind,
            instrs: self.instrs,
            spans: self.spans,
            consts: self.consts,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell_params: self.cell_params,
            params: self.params,
            exc_table,
            patterns: self.patterns,
            doc: self.doc,
        })
    }

    fn exception_table(
        &self,
        handlers: &[(u32, u32, i32)],
        depths: &[Option<u32>],
    ) -> Vec<ExcEntry> {
        let mut table: Vec<ExcEntry> = Vec::new();
        for (pc, handler) in self.instr_handler.iter().enumerate() {
            let Some(h) = handler.and_then(|h| handlers.get(h as usize)) else {
                continue;
            };
            let (target, setup, adjust) = *h;
            let base = depths.get(setup as usize).copied().flatten().unwrap_or(0);
            let depth = (i64::from(base) + i64::from(adjust)).max(0) as u32;
            let pc = pc as u32;
            match table.last_mut() {
                Some(last) if last.end == pc && last.handler == target && last.depth == depth => {
                    last.end = pc + 1;
                }
                _ => table.push(ExcEntry {
                    start: pc,
                    end: pc + 1,
                    handler: target,
                    depth,
                }),
            }
        }
        table
    }
}

/// The capacity of a new code unit's instruction vectors (most functions are
/// longer than a few instructions; growing from empty costs several copies).
const INITIAL_INSTRS: usize = 32;

/// The pool size up to which a constant is found by a scan, without
/// hashing; past it, [`CodeBuilder::constant`] looks keyed constants up.
const SCAN_CONSTS: usize = 8;

/// What identifies the constants loaded most (`None`, bools, ints, floats by
/// bits, strs, `...`, and tuples of strs: the keyword names of calls): equal
/// keys are exactly the pairs [`same_const`] shares.
enum ConstKey<'a> {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(&'a str),
    Ellipsis,
    /// A tuple whose items are all `Const::Str`.
    StrTuple(&'a [Const]),
}

impl<'a> ConstKey<'a> {
    /// The key of `value`, or `None` for the rarer constants (found by a scan).
    fn of(value: &'a Const) -> Option<Self> {
        Some(match value {
            Const::None => ConstKey::None,
            Const::Bool(b) => ConstKey::Bool(*b),
            Const::Int(i) => ConstKey::Int(*i),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Str(s) => ConstKey::Str(s),
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Tuple(items) if items.iter().all(|c| matches!(c, Const::Str(_))) => {
                ConstKey::StrTuple(items)
            }
            _ => return None,
        })
    }
}

impl Hash for ConstKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            ConstKey::None | ConstKey::Ellipsis => {}
            ConstKey::Bool(b) => b.hash(state),
            ConstKey::Int(i) => i.hash(state),
            ConstKey::Float(bits) => bits.hash(state),
            ConstKey::Str(s) => s.hash(state),
            ConstKey::StrTuple(items) => {
                state.write_usize(items.len());
                for item in *items {
                    if let Const::Str(s) = item {
                        s.hash(state);
                    }
                }
            }
        }
    }
}

/// Marks an unresolved label in a jump operand.
const LABEL_BIT: u32 = 1 << 31;

/// Constants are shared only when equal in type and value (`1` vs `1.0` vs `True`).
fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) | (Const::Complex(x), Const::Complex(y)) => {
            x.to_bits() == y.to_bits()
        }
        _ => a == b && std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

/// The jump target of a jump instruction.
pub(crate) fn jump_target(instr: Instr) -> Option<u32> {
    match instr {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::Send(t) => Some(t),
        _ => None,
    }
}

fn with_target(instr: Instr, t: u32) -> Instr {
    match instr {
        Instr::Jump(_) => Instr::Jump(t),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        Instr::ForIter(_) => Instr::ForIter(t),
        Instr::Send(_) => Instr::Send(t),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::{CodeBuilder, CodeKind, Const, Span};

    fn strs(items: &[&str]) -> Const {
        Const::Tuple(items.iter().map(|s| Const::Str((*s).into())).collect())
    }

    /// Past the scanned few, keyed constants (keyword-name tuples included)
    /// are shared exactly when `same_const` says so.
    #[test]
    fn constants_are_shared_by_type_and_value() {
        let mut b = CodeBuilder::new("f", "f", CodeKind::Function, Span::default());
        for i in 0..20 {
            b.constant(Const::Int(i));
        }
        let ab = b.constant(strs(&["a", "b"]));
        assert_eq!(b.constant(strs(&["a", "b"])), ab);
        assert_ne!(b.constant(strs(&["ab"])), ab);
        assert_ne!(b.constant(strs(&["b", "a"])), ab);
        assert_ne!(b.constant(Const::Str("a".into())), ab);
        assert_eq!(b.constant(Const::Int(3)), 3);
        assert_ne!(b.constant(Const::Bool(true)), b.constant(Const::Int(1)));
        assert_ne!(
            b.constant(Const::Float(0.0)),
            b.constant(Const::Float(-0.0))
        );
        let mixed = Const::Tuple(vec![Const::Str("a".into()), Const::Int(1)]);
        let at = b.constant(mixed.clone());
        assert_eq!(b.constant(mixed), at);
    }
}
