//! Native frames: builtins that wait for Python code, resumed with what it
//! returned ([`Vm::resume_native`]); and the bounded nested run used where a
//! callback is not (yet) resumable ([`Vm::call_nested`]).

use super::call::{Args, Called};
use super::frame::{Frame, NativeFrame, Pending};
use super::iter::Next;
use super::vm::{LoopEnd, Vm};
use crate::exc::{call as msg, ExcKind, RunError, RunResult};
use crate::value::class::{Class, Layout};
use crate::value::object::Object;
use crate::value::symbol::AttrMap;
use crate::value::{ObjId, Value};

/// Deepest nesting of non-resumable callbacks (each costs Rust stack).
const MAX_NESTED: u32 = 100;

impl Vm {
    /// Gives `pending` to the native frame `native`; returns `Some` to end the loop.
    pub(crate) fn resume_native(
        &mut self,
        native: NativeFrame,
        pending: Option<Pending>,
    ) -> RunResult<Option<LoopEnd>> {
        let pending =
            pending.ok_or_else(|| RunError::internal("native frame resumed without a value"))?;
        if let NativeFrame::Import(job) = native {
            return self.resume_import(*job, pending).map(|()| None);
        }
        if let Pending::Error(error) = pending {
            if matches!(native, NativeFrame::Barrier) {
                return Ok(Some(LoopEnd::BarrierError(error)));
            }
            self.pending = Some(Pending::Error(error));
            return Ok(None);
        }
        match native {
            NativeFrame::Barrier => match pending {
                Pending::Value(v) | Pending::Returned(v) => {
                    return Ok(Some(LoopEnd::Barrier(Some(v))))
                }
                _ => return Ok(Some(LoopEnd::Barrier(None))),
            },
            NativeFrame::SortKeys {
                items,
                mut keys,
                key,
                reverse,
                target,
            } => {
                match pending {
                    Pending::Value(k) => keys.push(k),
                    _ => return Err(RunError::internal("sort key delivery")),
                }
                self.frames.push(Frame::Native(NativeFrame::SortKeys {
                    items,
                    keys,
                    key,
                    reverse,
                    target,
                }));
                if let Some(call) = self.next_sort_key()? {
                    return Ok(Some(LoopEnd::Host(call)));
                }
            }
            NativeFrame::NextDefault { default } => {
                self.pending = Some(match pending {
                    Pending::Value(v) => Pending::Value(v),
                    _ => Pending::Value(default),
                });
            }
            NativeFrame::Init { instance } => {
                let result = match pending {
                    Pending::Value(Value::None) => Pending::Value(instance),
                    Pending::Value(other) => {
                        Pending::Error(msg::init_returned(&self.type_name(other)))
                    }
                    _ => Pending::Error(RunError::internal("bad __init__ delivery")),
                };
                self.pending = Some(result);
            }
            NativeFrame::BuildClass {
                name,
                bases,
                namespace,
            } => {
                let class = self.finish_class(&name, bases, namespace)?;
                self.pending = Some(Pending::Value(class));
            }
            NativeFrame::Import(_) => return Err(RunError::internal("import frame")),
            NativeFrame::Collect {
                iterator,
                mut items,
                tuple,
            } => {
                if let Pending::Value(v) = pending {
                    items.push(v);
                } else {
                    let done = if tuple {
                        self.new_tuple(items)
                    } else {
                        self.new_list(items)
                    };
                    self.pending = Some(Pending::Value(done));
                    return Ok(None);
                }
                return self.collect_more(iterator, items, tuple).map(|()| None);
            }
        }
        Ok(None)
    }

    /// Pulls items from `iterator` into a `Collect` frame until one needs
    /// Python code (then the frame waits on the stack) or it is exhausted
    /// (then the list is left in `self.pending`).
    pub(crate) fn collect_more(
        &mut self,
        iterator: Value,
        items: Vec<Value>,
        tuple: bool,
    ) -> RunResult<()> {
        let mut items = items;
        loop {
            self.frames.push(Frame::Native(NativeFrame::Collect {
                iterator,
                items,
                tuple,
            }));
            let next = self.iter_next(iterator);
            if let Ok(Next::Pushed) = next {
                return Ok(());
            }
            items = match self.frames.pop() {
                Some(Frame::Native(NativeFrame::Collect { items, .. })) => items,
                _ => return Err(RunError::internal("collect frame lost")),
            };
            match next? {
                Next::Item(v) => items.push(v),
                Next::Done | Next::Pushed => {
                    let done = if tuple {
                        self.new_tuple(items)
                    } else {
                        self.new_list(items)
                    };
                    self.pending = Some(Pending::Value(done));
                    return Ok(());
                }
            }
        }
    }

    /// Makes the class once its body has run.
    fn finish_class(
        &mut self,
        name: &str,
        bases: Vec<ObjId>,
        namespace: ObjId,
    ) -> RunResult<Value> {
        let attrs = match self.heap.get_mut(namespace) {
            Some(Object::Namespace(attrs)) => std::mem::take(attrs),
            _ => return Err(RunError::internal("class namespace lost")),
        };
        let bases = if bases.is_empty() {
            vec![self.types.object]
        } else {
            bases
        };
        let mro_tail = self.c3_merge(&bases)?;
        let layout = mro_tail
            .iter()
            .filter_map(|c| self.class(*c).map(|c| c.layout))
            .find(|l| *l != Layout::Object)
            .unwrap_or(Layout::Object);
        let qualname_sym = self.interner.intern("__qualname__");
        let qualname = attrs
            .get(qualname_sym)
            .and_then(|v| self.str_value(v))
            .unwrap_or_else(|| name.to_owned());
        let module_sym = self.interner.intern("__module__");
        let module = attrs
            .get(module_sym)
            .and_then(|v| self.str_value(v))
            .unwrap_or_else(|| "__main__".to_owned());
        let classcell = self.interner.intern("__classcell__");
        let cell = attrs.get(classcell);
        let mut attrs = attrs;
        attrs.remove(classcell);
        let id = self.heap.alloc(Object::Class(Class {
            name: name.into(),
            qualname: qualname.into(),
            module: module.into(),
            bases,
            mro: Vec::new(),
            attrs,
            layout,
            builtin: false,
        }));
        let mut mro = vec![id];
        mro.extend(mro_tail);
        if let Some(Object::Class(c)) = self.heap.get_mut(id) {
            c.mro = mro;
        }
        if let Some(Value::Obj(cell)) = cell {
            if let Some(Object::Cell(slot)) = self.heap.get_mut(cell) {
                *slot = Some(Value::Obj(id));
            }
        }
        Ok(Value::Obj(id))
    }

    /// C3 linearisation of `bases` (the MRO without the class itself).
    fn c3_merge(&self, bases: &[ObjId]) -> RunResult<Vec<ObjId>> {
        let mut sequences: Vec<Vec<ObjId>> = bases
            .iter()
            .map(|b| self.class(*b).map(|c| c.mro.clone()).unwrap_or_default())
            .collect();
        sequences.push(bases.to_vec());
        let mut result = Vec::new();
        loop {
            sequences.retain(|s| !s.is_empty());
            if sequences.is_empty() {
                return Ok(result);
            }
            let candidate = sequences
                .iter()
                .filter_map(|s| s.first().copied())
                .find(|c| sequences.iter().all(|s| !s[1..].contains(c)));
            let Some(next) = candidate else {
                let names: Vec<String> = bases
                    .iter()
                    .filter_map(|b| self.class(*b).map(|c| c.name.to_string()))
                    .collect();
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "Cannot create a consistent method resolution order (MRO) for bases {}",
                        names.join(", ")
                    ),
                ));
            };
            result.push(next);
            for s in &mut sequences {
                if s.first() == Some(&next) {
                    s.remove(0);
                }
            }
        }
    }

    /// Calls `callee` to completion inside a nested frame loop (for callbacks
    /// from builtins that are not resumable yet). A host call inside raises.
    pub(crate) fn call_nested(&mut self, callee: Value, args: Vec<Value>) -> RunResult<Value> {
        self.call_nested_args(callee, Args::positional(args))
    }

    /// [`Vm::call_nested`] with keyword arguments.
    pub(crate) fn call_nested_args(&mut self, callee: Value, args: Args) -> RunResult<Value> {
        self.run_nested(|vm| vm.call(callee, args))?
            .ok_or_else(|| RunError::internal("call ended as an exhausted iterator"))
    }

    /// Runs `start` (which may push frames) to completion in a nested loop;
    /// `None` when what ran was an exhausted generator.
    pub(crate) fn run_nested(
        &mut self,
        start: impl FnOnce(&mut Vm) -> RunResult<Called>,
    ) -> RunResult<Option<Value>> {
        if self.nested >= MAX_NESTED {
            return Err(crate::exc::ops::recursion());
        }
        self.nested += 1;
        let base = self.frames.len();
        self.frames.push(Frame::Native(NativeFrame::Barrier));
        let saved_pending = self.pending.take();
        let result = match start(self) {
            Ok(Called::Value(v)) => Ok(Some(v)),
            Ok(Called::Pushed) => match self.run_frames() {
                Ok(LoopEnd::Barrier(v)) => Ok(v),
                Ok(LoopEnd::BarrierError(e)) | Err(e) => Err(e),
                Ok(_) => Err(RunError::internal("nested run ended without its barrier")),
            },
            Ok(Called::Host(_)) => Err(RunError::internal("host call in a nested run")),
            Err(e) => Err(e),
        };
        self.frames.truncate(base);
        self.pending = saved_pending;
        self.nested -= 1;
        result
    }

    /// A class namespace or new `AttrMap` helper for builtins that build classes.
    pub(crate) fn empty_attrs() -> AttrMap {
        AttrMap::default()
    }
}
