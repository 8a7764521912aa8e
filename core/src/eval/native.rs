//! Native frames: builtins that wait for Python code, resumed with what it
//! returned ([`Vm::resume_native`]); and the bounded nested run used where a
//! callback is not (yet) resumable ([`Vm::call_nested`]).

use super::call::{Args, Called};
use super::frame::{Frame, NativeFrame, Pending};
use super::vm::{LoopEnd, Vm};
use crate::exc::{call as msg, RunError, RunResult};
use crate::value::Value;

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
        if let NativeFrame::Cont(cont) = native {
            match self.resume_cont(cont, pending)? {
                Called::Value(v) => self.pending = Some(Pending::Value(v)),
                Called::Pushed => {}
                Called::Host(call) => return Ok(Some(LoopEnd::Host(call))),
            }
            return Ok(None);
        }
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
                keywords,
            } => match self.finish_class(&name, bases, namespace, keywords)? {
                Called::Value(class) => self.pending = Some(Pending::Value(class)),
                Called::Pushed => {}
                Called::Host(call) => return Ok(Some(LoopEnd::Host(call))),
            },
            NativeFrame::Cont(_) => return Err(RunError::internal("continuation dispatch")),
            NativeFrame::Import(_) => return Err(RunError::internal("import frame")),
        }
        Ok(None)
    }

    /// Calls `callee` to completion inside a nested frame loop (for callbacks
    /// from builtins that are not resumable yet). A host call inside raises.
    pub(crate) fn call_nested(&mut self, callee: Value, args: Vec<Value>) -> RunResult<Value> {
        // A plain function (most dunders): its frame straight from the
        // arguments, without binding them through `Args`.
        match self.fast_call(callee, &args) {
            Some(frame) => {
                self.run_callee_nested(callee, |vm| vm.push_python(frame).map(|()| Called::Pushed))
            }
            None => self.call_nested_args(callee, Args::positional(args)),
        }
    }

    /// [`Vm::call_nested`] with keyword arguments.
    pub(crate) fn call_nested_args(&mut self, callee: Value, args: Args) -> RunResult<Value> {
        self.run_callee_nested(callee, |vm| vm.call(callee, args))
    }

    /// [`Vm::run_nested`] of a call of `callee`, named in the error a host
    /// call inside it raises.
    fn run_callee_nested(
        &mut self,
        callee: Value,
        start: impl FnOnce(&mut Vm) -> RunResult<Called>,
    ) -> RunResult<Value> {
        self.nested_callees.push(callee);
        let result = self.run_nested(start);
        self.nested_callees.pop();
        result?.ok_or_else(|| RunError::internal("call ended as an exhausted iterator"))
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
}
