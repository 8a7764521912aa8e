//! The native jinja2 renderer: runs a template's IR (`jinja_ir.rs`) with
//! its own small frame, value and output stacks. What needs Python (an
//! attribute of a user object, a method call, a user filter, an undefined
//! value, an unusual value to print) is a call made resumably: the render
//! waits on the VM's frame stack as a [`Cont::Jinja`] and the result lands
//! on its value stack (or in its output) when the callee returns, so a host
//! call or a snapshot inside a callback works as anywhere else.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::jinja_ir::{Op, Shared};
use super::jinja_values as values;
use crate::eval::call::{Args, Called};
use crate::eval::cont::Cont;
use crate::eval::frame::{Frame, NativeFrame, Pending};
use crate::eval::vm::Vm;
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// Indexes of `_jinja2_runtime.NATIVE_HELPERS`.
pub(crate) mod helper {
    pub const ESCAPE: usize = 0;
    pub const MARKUP: usize = 1;
    pub const GETATTR: usize = 2;
    pub const GETITEM: usize = 3;
    pub const STR: usize = 4;
    pub const BOOL: usize = 5;
    pub const LIST: usize = 6;
    pub const MARKUP_JOIN: usize = 7;
    pub const STR_JOIN: usize = 8;
    pub const UNDEFINED: usize = 9;
    pub const GET_TEMPLATE: usize = 10;
    pub const NO_SUPER: usize = 11;
    pub const UNPACK: usize = 12;
    /// `operator.add` .. `operator.pow` in [`super::super::jinja_ir::BinKind`] order.
    pub const BINARY: usize = 13;
    pub const NEG: usize = 20;
    pub const POS: usize = 21;
    /// `operator.eq, ne, lt, le, gt, ge, contains`.
    pub const COMPARE: usize = 22;
    pub const UNDEFINED_NAME: usize = 29;
    pub const UNDEFINED_ATTR: usize = 30;
}

/// Where the result of a call the render waits for goes.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(super) enum After {
    /// On the value stack.
    Push,
    /// Into the output, as it is (a `str`, the result of `escape`/`str`).
    Write,
    /// On the value stack and into slot `.0` of the current frame.
    Cache(u32),
}

/// A for loop in progress.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct Loop {
    pub(super) items: Vec<Value>,
    /// Items taken so far (the current one is `next - 1`).
    pub(super) next: usize,
}

/// The versions of one block, most derived first.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct BlockStack {
    pub(super) name: Box<str>,
    pub(super) entries: Vec<(Shared, u32)>,
}

/// What a frame is.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) enum Kind {
    /// A template's root; its parent's root runs after it.
    Root { parent: Option<Shared> },
    /// A block (`.0` indexes the context's blocks, `.1` the version).
    Block(usize, usize),
    /// A block rendered by `super()`: its text is pushed when it returns.
    Super(usize, usize),
}

/// A function being run.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct RFrame {
    pub(super) tmpl: Shared,
    pub(super) func: u32,
    pub(super) pc: u32,
    pub(super) slots: Vec<Option<Value>>,
    pub(super) loops: Vec<Loop>,
    pub(super) kind: Kind,
    /// The context it runs in (an index of `Render::ctxs`).
    pub(super) ctx: usize,
}

/// A template context: its variables and blocks (an included template gets its own).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct NCtx {
    /// The variables from the caller: dicts searched in order (the render's
    /// variables, the template's globals, the environment's).
    pub(super) parent: Vec<ObjId>,
    /// Names the template set at top level.
    pub(super) vars: Vec<(Box<str>, Value)>,
    pub(super) blocks: Vec<BlockStack>,
}

/// A render in progress.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Render {
    pub(super) env: Value,
    /// The contexts: the rendered template's first.
    pub(super) ctxs: Vec<NCtx>,
    /// The autoescape setting of the rendered template (of `super()`'s text).
    pub(super) autoescape: bool,
    pub(super) frames: Vec<RFrame>,
    pub(super) stack: Vec<Value>,
    pub(super) outs: Vec<String>,
    pub(super) after: After,
}

/// How one instruction ended.
pub(crate) enum Flow {
    Next,
    /// Call `.0(.1)`; the result goes where `After` says.
    Call(Value, Args),
    Done,
    /// A template the render needs has no native IR: render in Python.
    Fallback,
}

impl Render {
    /// Calls `f` with every value the render holds (for the collector).
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        f(self.env);
        self.stack.iter().for_each(|v| f(*v));
        for ctx in &self.ctxs {
            ctx.parent.iter().for_each(|d| f(Value::Obj(*d)));
            ctx.vars.iter().for_each(|(_, v)| f(*v));
            for b in &ctx.blocks {
                b.entries.iter().for_each(|(t, _)| t.trace(f));
            }
        }
        for frame in &self.frames {
            frame.tmpl.trace(f);
            frame.slots.iter().flatten().for_each(|v| f(*v));
            for l in &frame.loops {
                l.items.iter().for_each(|v| f(*v));
            }
            if let Kind::Root { parent: Some(p) } = &frame.kind {
                p.trace(f);
            }
        }
    }
}

/// The IR of a template object (a `Template` instance's `_native`, or the IR object itself).
pub(crate) fn ir_of(vm: &mut Vm, v: Value) -> Option<Shared> {
    let id = v.as_obj()?;
    match vm.heap.get(id) {
        Object::Jinja(t) => Some(Arc::clone(t)),
        Object::Instance(_) => {
            let sym = vm.interner.intern("_native");
            let Object::Instance(inst) = vm.heap.get(id) else {
                return None;
            };
            let native = inst.attrs.get(sym)?;
            match vm.heap.get(native.as_obj()?) {
                Object::Jinja(t) => Some(Arc::clone(t)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `render(ir, variables, environment, globals, template_globals)`: the
/// rendered text, or `None` when a template it extends has no native IR (the
/// caller renders in Python). Names resolve from `variables`, then
/// `template_globals`, then `globals` (each a dict or `None`).
pub(crate) fn render(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [ir, vars, env, globals, own] = args.exact("render")?;
    let Some(tmpl) = ir_of(vm, ir) else {
        return Ok(Called::Value(Value::None));
    };
    let mut parent = Vec::with_capacity(3);
    for d in [vars, own, globals] {
        if d == Value::None {
            continue;
        }
        match d.as_obj() {
            Some(id) if values::is_exact_dict(vm, id) => parent.push(id),
            _ => return Ok(Called::Value(Value::None)),
        }
    }
    let mut render = Render {
        env,
        ctxs: vec![NCtx {
            parent,
            vars: Vec::new(),
            blocks: Vec::new(),
        }],
        autoescape: tmpl.autoescape,
        frames: Vec::new(),
        stack: Vec::with_capacity(16),
        outs: vec![String::with_capacity(4096)],
        after: After::Push,
    };
    render.add_blocks(0, &tmpl);
    render.push_frame_in(0, tmpl, 0, Kind::Root { parent: None });
    run(vm, Box::new(render))
}

/// Continues a render with what the call it waited for produced.
pub(crate) fn resume(vm: &mut Vm, mut render: Box<Render>, got: Pending) -> RunResult<Called> {
    match got {
        Pending::Value(v) | Pending::Returned(v) => {
            render.land(vm, v)?;
            run(vm, render)
        }
        Pending::Error(e) => Err(e),
        Pending::Exhausted => Err(RunError::internal("exhausted delivered to a render")),
    }
}

/// Instructions between two checks of the run's limits.
const CHECK_EVERY: u32 = 1024;

/// Nested template functions (blocks, includes, `super()`) past this raise
/// `RecursionError`, as jinja2's Python frames would.
const MAX_FRAMES: usize = 400;

/// The run's time, step and memory limits (the output buffers count as
/// memory: they live outside the heap).
fn check_limits(vm: &mut Vm, render: &Render) -> RunResult<()> {
    vm.check_limits()?;
    let out: usize = render.outs.iter().map(String::len).sum();
    if vm
        .limits
        .memory
        .is_some_and(|max| vm.heap.live_bytes().saturating_add(out) > max)
    {
        return Err(crate::limits::out_of_memory());
    }
    if render.frames.len() > MAX_FRAMES {
        return Err(RunError::new(
            crate::exc::ExcKind::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    Ok(())
}

/// Runs the render until it is done, falls back or waits for Python code.
fn run(vm: &mut Vm, mut render: Box<Render>) -> RunResult<Called> {
    let mut budget = CHECK_EVERY;
    loop {
        budget -= 1;
        if budget == 0 {
            budget = CHECK_EVERY;
            check_limits(vm, &render)?;
        }
        match render.step(vm)? {
            Flow::Next => {}
            Flow::Done => {
                let text = render.outs.pop().unwrap_or_default();
                return Ok(Called::Value(vm.new_str(text)));
            }
            Flow::Fallback => return Ok(Called::Value(Value::None)),
            Flow::Call(callee, args) => {
                let base = vm.frames.len();
                vm.frames
                    .push(Frame::Native(NativeFrame::Cont(Cont::Jinja(render))));
                let result = vm.call(callee, args);
                if let Ok(Called::Pushed | Called::Host(_)) = result {
                    return result;
                }
                // A builtin answered at once: take the render back.
                vm.frames.truncate(base + 1);
                let Some(Frame::Native(NativeFrame::Cont(Cont::Jinja(back)))) = vm.frames.pop()
                else {
                    return Err(RunError::internal("render lost"));
                };
                render = back;
                let Called::Value(v) = result? else {
                    return Err(RunError::internal("render call state"));
                };
                render.land(vm, v)?;
            }
        }
    }
}

impl Render {
    /// Puts a callback's result where it was meant to go.
    fn land(&mut self, vm: &Vm, v: Value) -> RunResult<()> {
        match self.after {
            After::Push => self.stack.push(v),
            After::Write => {
                let text = values::str_text(vm, v)
                    .ok_or_else(|| RunError::internal("render wrote a non-str"))?;
                self.out().push_str(text);
            }
            After::Cache(slot) => {
                if let Some(s) = self
                    .frames
                    .last_mut()
                    .and_then(|f| f.slots.get_mut(slot as usize))
                {
                    *s = Some(v);
                }
                self.stack.push(v);
            }
        }
        self.after = After::Push;
        Ok(())
    }

    pub(super) fn out(&mut self) -> &mut String {
        if self.outs.is_empty() {
            self.outs.push(String::new());
        }
        let last = self.outs.len() - 1;
        &mut self.outs[last]
    }

    /// The context of the current frame.
    pub(super) fn ctx(&self) -> RunResult<&NCtx> {
        let i = self.frames.last().map_or(0, |f| f.ctx);
        self.ctxs
            .get(i)
            .ok_or_else(|| RunError::internal("render without context"))
    }

    /// [`Render::ctx`], mutable.
    pub(super) fn ctx_mut(&mut self) -> RunResult<&mut NCtx> {
        let i = self.frames.last().map_or(0, |f| f.ctx);
        self.ctxs
            .get_mut(i)
            .ok_or_else(|| RunError::internal("render without context"))
    }

    /// Appends the blocks of `tmpl` to those of context `ctx` (an extended template's).
    pub(super) fn add_blocks(&mut self, ctx: usize, tmpl: &Shared) {
        let Some(ctx) = self.ctxs.get_mut(ctx) else {
            return;
        };
        for (name, func) in &tmpl.blocks {
            match ctx.blocks.iter_mut().find(|b| b.name == *name) {
                Some(b) => b.entries.push((Arc::clone(tmpl), *func)),
                None => ctx.blocks.push(BlockStack {
                    name: name.clone(),
                    entries: vec![(Arc::clone(tmpl), *func)],
                }),
            }
        }
    }

    /// Pushes a frame running in the current frame's context.
    pub(super) fn push_frame(&mut self, tmpl: Shared, func: u32, kind: Kind) {
        let ctx = self.frames.last().map_or(0, |f| f.ctx);
        self.push_frame_in(ctx, tmpl, func, kind);
    }

    /// Pushes a frame running in context `ctx`.
    pub(super) fn push_frame_in(&mut self, ctx: usize, tmpl: Shared, func: u32, kind: Kind) {
        let slots = tmpl.funcs.get(func as usize).map_or(0, |f| f.slots.len());
        self.frames.push(RFrame {
            tmpl,
            func,
            pc: 0,
            slots: vec![None; slots],
            loops: Vec::new(),
            kind,
            ctx,
        });
    }

    pub(super) fn pop(&mut self) -> RunResult<Value> {
        self.stack
            .pop()
            .ok_or_else(|| RunError::internal("render stack underflow"))
    }

    /// The last `n` values, in order.
    pub(super) fn pop_n(&mut self, n: usize) -> RunResult<Vec<Value>> {
        let at = self
            .stack
            .len()
            .checked_sub(n)
            .ok_or_else(|| RunError::internal("render stack underflow"))?;
        Ok(self.stack.split_off(at))
    }

    pub(super) fn frame(&mut self) -> RunResult<&mut RFrame> {
        self.frames
            .last_mut()
            .ok_or_else(|| RunError::internal("render without frame"))
    }

    pub(super) fn helper(&self, i: usize) -> RunResult<Value> {
        self.frames
            .last()
            .and_then(|f| f.tmpl.helpers.get(i).copied())
            .ok_or_else(|| RunError::internal("render helper missing"))
    }

    /// Calls helper `i` with `args`; the result goes where `after` says.
    pub(super) fn call_helper(
        &mut self,
        i: usize,
        args: Vec<Value>,
        after: After,
    ) -> RunResult<Flow> {
        let f = self.helper(i)?;
        self.after = after;
        Ok(Flow::Call(f, Args::positional(args)))
    }

    /// The current instruction runs again after the call (its inputs are the call's result).
    pub(super) fn redo(&mut self) -> RunResult<()> {
        let frame = self.frame()?;
        frame.pc -= 1;
        Ok(())
    }

    pub(super) fn jump(&mut self, target: u32) -> RunResult<Flow> {
        self.frame()?.pc = target;
        Ok(Flow::Next)
    }

    pub(super) fn constant(&self, c: u32) -> RunResult<Value> {
        self.frames
            .last()
            .and_then(|f| f.tmpl.consts.get(c as usize).copied())
            .ok_or_else(|| RunError::internal("render constant missing"))
    }

    /// `Print` (`safe`: `PrintSafe`): pops a value and writes its text, or
    /// has Python make the text (`escape`, `str`, `Markup`) and write it.
    fn print(&mut self, vm: &mut Vm, autoescape: bool, safe: bool) -> RunResult<Flow> {
        let v = self.pop()?;
        let out = self.out();
        if values::write(vm, v, autoescape, out) {
            return Ok(Flow::Next);
        }
        let helper = if safe {
            helper::MARKUP
        } else if autoescape {
            helper::ESCAPE
        } else {
            helper::STR
        };
        self.call_helper(helper, vec![v], After::Write)
    }

    /// Runs one instruction.
    fn step(&mut self, vm: &mut Vm) -> RunResult<Flow> {
        let frame = self.frame()?;
        let op = frame
            .tmpl
            .funcs
            .get(frame.func as usize)
            .and_then(|f| f.code.get(frame.pc as usize).copied())
            .ok_or_else(|| RunError::internal("render ran off its code"))?;
        frame.pc += 1;
        match op {
            Op::Text(c) => {
                let v = self.constant(c)?;
                if let Some(text) = values::str_text(vm, v) {
                    self.out().push_str(text);
                }
                Ok(Flow::Next)
            }
            Op::Print(autoescape) => self.print(vm, autoescape, false),
            Op::PrintSafe => self.print(vm, false, true),
            Op::Const(c) => {
                let v = self.constant(c)?;
                self.stack.push(v);
                Ok(Flow::Next)
            }
            Op::Load(slot) => self.load(vm, slot),
            Op::Store(slot) => {
                let v = self.pop()?;
                if let Some(s) = self.frame()?.slots.get_mut(slot as usize) {
                    *s = Some(v);
                }
                Ok(Flow::Next)
            }
            Op::Copy(from, to) => {
                let frame = self.frame()?;
                let v = frame.slots.get(from as usize).copied().flatten();
                if let Some(s) = frame.slots.get_mut(to as usize) {
                    *s = v;
                }
                Ok(Flow::Next)
            }
            Op::Export(slot, name) => {
                let v = self.frame()?.slots.get(slot as usize).copied().flatten();
                let name = self.constant(name)?;
                if let (Some(v), Some(name)) = (v, values::str_text(vm, name)) {
                    let vars = &mut self.ctx_mut()?.vars;
                    match vars.iter_mut().find(|(n, _)| **n == *name) {
                        Some(entry) => entry.1 = v,
                        None => vars.push((name.into(), v)),
                    }
                }
                Ok(Flow::Next)
            }
            Op::Dup => {
                let v = *self
                    .stack
                    .last()
                    .ok_or_else(|| RunError::internal("render stack underflow"))?;
                self.stack.push(v);
                Ok(Flow::Next)
            }
            Op::Pop => self.pop().map(|_| Flow::Next),
            Op::Jump(target) => self.jump(target),
            Op::JumpIfFalse(target) | Op::JumpIfTrue(target) => {
                let v = self.pop()?;
                match values::truth(vm, v) {
                    Some(b) if b == matches!(op, Op::JumpIfTrue(_)) => self.jump(target),
                    Some(_) => Ok(Flow::Next),
                    None => {
                        self.redo()?;
                        self.call_helper(helper::BOOL, vec![v], After::Push)
                    }
                }
            }
            Op::Not => {
                let v = self.pop()?;
                match values::truth(vm, v) {
                    Some(b) => {
                        self.stack.push(Value::Bool(!b));
                        Ok(Flow::Next)
                    }
                    None => {
                        self.redo()?;
                        self.call_helper(helper::BOOL, vec![v], After::Push)
                    }
                }
            }
            _ => self.step_more(vm, op),
        }
    }
}

impl Render {
    /// The block of this context called `name`.
    fn block_index(&self, name: &str) -> Option<usize> {
        self.ctx()
            .ok()?
            .blocks
            .iter()
            .position(|b| *b.name == *name)
    }

    /// Blocks, `super()`, templates, inheritance, captures and returns.
    pub(super) fn step_blocks(&mut self, vm: &mut Vm, op: Op) -> RunResult<Flow> {
        match op {
            Op::Block(c) => {
                let name = self.constant(c)?;
                let found = values::str_text(vm, name).and_then(|n| self.block_index(n));
                let blocks = &self.ctx()?.blocks;
                let Some(entry) = found.and_then(|b| blocks.get(b)?.entries.first().cloned())
                else {
                    return Err(RunError::internal("render: block missing"));
                };
                self.push_frame(entry.0, entry.1, Kind::Block(found.unwrap_or(0), 0));
                Ok(Flow::Next)
            }
            Op::Super => {
                let (Kind::Block(b, depth) | Kind::Super(b, depth)) = self.frame()?.kind else {
                    return Err(RunError::internal("render: super outside a block"));
                };
                let block = self
                    .ctx()?
                    .blocks
                    .get(b)
                    .ok_or_else(|| RunError::internal("render: block"))?;
                if let Some((tmpl, func)) = block.entries.get(depth + 1).cloned() {
                    self.outs.push(String::new());
                    self.push_frame(tmpl, func, Kind::Super(b, depth + 1));
                    return Ok(Flow::Next);
                }
                let name = vm.new_str(block.name.to_string());
                self.call_helper(helper::NO_SUPER, vec![self.env, name], After::Push)
            }
            Op::GetTemplate(ignore) => {
                let name = self.pop()?;
                if let Some(t) = self.cached_template(vm, name) {
                    self.stack.push(t);
                    return Ok(Flow::Next);
                }
                let ignore = Value::Bool(ignore != 0);
                self.call_helper(
                    helper::GET_TEMPLATE,
                    vec![self.env, name, ignore],
                    After::Push,
                )
            }
            Op::Extends => {
                let parent = self.pop()?;
                let Some(parent) = ir_of(vm, parent) else {
                    return Ok(Flow::Fallback);
                };
                let ctx = self.frame()?.ctx;
                self.add_blocks(ctx, &parent);
                self.frame()?.kind = Kind::Root {
                    parent: Some(parent),
                };
                Ok(Flow::Next)
            }
            Op::Include(with_context, pairs) => self.include(vm, with_context != 0, pairs),
            Op::Capture => {
                self.outs.push(String::new());
                Ok(Flow::Next)
            }
            Op::EndCapture(autoescape) => {
                let text = self.outs.pop().unwrap_or_default();

                let v = self.text_value(vm, text, autoescape)?;
                self.stack.push(v);
                Ok(Flow::Next)
            }
            Op::Return => self.return_(vm),
            _ => Err(RunError::internal("render: unknown instruction")),
        }
    }

    /// A `Markup` of `text` when `markup`, else a `str`.
    fn text_value(&self, vm: &mut Vm, text: String, markup: bool) -> RunResult<Value> {
        if markup {
            let class = self.helper(helper::MARKUP)?;
            Ok(values::new_markup(vm, class, text))
        } else {
            Ok(vm.new_str(text))
        }
    }

    /// `environment.get_template(name)` when it is the cached template and
    /// still up to date (see `jinja2_native::fresh_cached`).
    fn cached_template(&self, vm: &mut Vm, name: Value) -> Option<Value> {
        super::jinja2_native::fresh_cached(vm, self.env, name)
    }

    /// The current function returns.
    fn return_(&mut self, vm: &mut Vm) -> RunResult<Flow> {
        let frame = self
            .frames
            .pop()
            .ok_or_else(|| RunError::internal("render: return without frame"))?;
        match frame.kind {
            Kind::Root {
                parent: Some(parent),
            } => {
                self.push_frame_in(frame.ctx, parent, 0, Kind::Root { parent: None });
                Ok(Flow::Next)
            }
            Kind::Root { parent: None } if self.frames.is_empty() => Ok(Flow::Done),
            Kind::Root { .. } | Kind::Block(..) => Ok(Flow::Next),
            Kind::Super(..) => {
                let text = self.outs.pop().unwrap_or_default();
                // the helpers of the template that asked (the frame below)
                let v = self.text_value(vm, text, self.autoescape)?;
                self.stack.push(v);
                Ok(Flow::Next)
            }
        }
    }
}

impl Render {
    /// `{% include %}`: the popped template renders here in a new context.
    fn include(&mut self, vm: &mut Vm, with_context: bool, pairs: u32) -> RunResult<Flow> {
        let template = self.pop()?;
        if template == Value::None {
            return Ok(Flow::Next);
        }
        let Some(ir) = ir_of(vm, template) else {
            return Ok(Flow::Fallback);
        };
        let parent = if with_context {
            vec![self.context_dict(vm, pairs)?]
        } else {
            // `template.new_context({})`: its own globals, then the environment's
            let mut parent = Vec::with_capacity(2);
            for (obj, attr) in [(template, "_own_globals"), (self.env, "globals")] {
                let sym = vm.interner.intern(attr);
                let found = match obj.as_obj().map(|id| vm.heap.get(id)) {
                    Some(Object::Instance(inst)) => inst.attrs.get(sym).and_then(Value::as_obj),
                    _ => None,
                };
                match found {
                    Some(d) if values::is_exact_dict(vm, d) => parent.push(d),
                    _ => return Ok(Flow::Fallback),
                }
            }
            parent
        };
        self.ctxs.push(NCtx {
            parent,
            vars: Vec::new(),
            blocks: Vec::new(),
        });
        let ctx = self.ctxs.len() - 1;
        self.add_blocks(ctx, &ir);
        self.push_frame_in(ctx, ir, 0, Kind::Root { parent: None });
        Ok(Flow::Next)
    }

    /// `ctx.get_all()` plus the current frame's locals named by the `(name,
    /// slot)` pairs `consts[pairs]` that are set and not undefined, as a new dict.
    fn context_dict(&mut self, vm: &mut Vm, pairs: u32) -> RunResult<ObjId> {
        let mut entries: Vec<(Value, Value)> = Vec::new();
        let ctx = self.ctx()?;
        for d in ctx.parent.iter().rev() {
            if let Object::Dict(d) = vm.heap.get(*d) {
                entries.extend(d.iter().map(|e| (e.key, e.value)));
            }
        }
        let vars: Vec<(Box<str>, Value)> = ctx.vars.clone();
        let undefined = self.helper(helper::UNDEFINED)?.as_obj();
        let pairs = self.constant(pairs)?;
        let pairs = match pairs.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => Vec::new(),
        };
        let frame = self.frame()?;
        let mut locals = Vec::new();
        for pair in pairs {
            let Some(Object::Tuple(p)) = pair.as_obj().map(|id| vm.heap.get(id)) else {
                continue;
            };
            let (Some(name), Some(Value::Int(slot))) = (p.first().copied(), p.get(1).copied())
            else {
                continue;
            };
            let value = usize::try_from(slot)
                .ok()
                .and_then(|s| frame.slots.get(s).copied().flatten());
            if let Some(v) = value {
                if !undefined.is_some_and(|cls| vm.is_instance(v, cls)) {
                    locals.push((name, v));
                }
            }
        }
        let dict = vm.new_dict();
        for (k, v) in entries {
            vm.dict_set(dict, k, v)?;
        }
        for (k, v) in vars {
            let key = vm.new_str(k.into_string());
            vm.dict_set(dict, key, v)?;
        }
        for (k, v) in locals {
            vm.dict_set(dict, k, v)?;
        }
        dict.as_obj()
            .ok_or_else(|| RunError::internal("render: context dict"))
    }
}
