//! Raising and unwinding: materialising pending exceptions, the exception
//! table lookup, `raise`/`raise from`, `except` matching, chaining.

use super::frame::PyFrame;
use super::vm::Vm;
use crate::compile::code::{Code, Instr};
use crate::exc::{ops, ExcKind, NewArgs, PyError, RunError, RunResult};
use crate::value::exception::{Exception, TracebackEntry};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

impl Vm {
    /// Turns a pending builtin exception into a heap object.
    pub(crate) fn materialize(&mut self, error: RunError) -> Result<ObjId, RunError> {
        match error {
            RunError::Raised(id) => Ok(id),
            RunError::New(new) => {
                let mut named = None;
                let mut os = None;
                let args = match new.args {
                    NewArgs::Os {
                        errno,
                        strerror,
                        filename,
                        filename2,
                    } => {
                        let (errno, strerror) =
                            (Value::Int(i64::from(errno)), self.new_str(strerror.into()));
                        os = Some((errno, strerror, filename, filename2));
                        vec![errno, strerror]
                    }
                    NewArgs::Empty => Vec::new(),
                    NewArgs::Message(m) => vec![self.new_str(m)],
                    NewArgs::Value(v) => vec![v],
                    NewArgs::Unicode { message, .. } => vec![self.new_str(message)],
                    NewArgs::Named { message, name, obj } => {
                        named = Some((name, obj));
                        vec![self.new_str(message)]
                    }
                };
                let class = self.types.exception(new.kind);
                let mut exc = Exception::new(class, new.kind, args);
                if let Some((errno, strerror, filename, filename2)) = os {
                    let filename = self.new_str(filename);
                    let filename2 = filename2.map_or(Value::None, |f| self.new_str(f));
                    for (name, value) in [
                        ("errno", errno),
                        ("strerror", strerror),
                        ("filename", filename),
                        ("filename2", filename2),
                    ] {
                        exc.attrs.set(self.interner.intern(name), value);
                    }
                }
                if let Some((name, obj)) = named {
                    let name = self.new_str(name.into());
                    exc.attrs.set(self.interner.intern("name"), name);
                    if let Some(obj) = obj {
                        exc.attrs.set(self.interner.intern("obj"), obj);
                    }
                }
                Ok(self.heap.alloc(Object::Exception(Box::new(exc))))
            }
            other => Err(other),
        }
    }

    /// Routes `error`, raised by the instruction before `frame.pc`, to a
    /// handler of this frame; `Err` means it propagates to the caller.
    pub(crate) fn handle_error(
        &mut self,
        frame: &mut PyFrame,
        code: &Code,
        error: RunError,
    ) -> RunResult<()> {
        let exc = self.materialize(error)?;
        let pc = frame.pc.saturating_sub(1);
        let reraised = matches!(
            code.instrs.get(pc as usize),
            Some(Instr::Reraise(_) | Instr::RaiseVarargs(0))
        );
        if !reraised {
            let handled = self.handled;
            let mut grown = 0;
            if let Some(Object::Exception(e)) = self.heap.get_mut(exc) {
                let before = e.traceback.capacity();
                e.traceback.push(TracebackEntry {
                    code: frame.code,
                    pc,
                });
                grown = (e.traceback.capacity() - before) * std::mem::size_of::<TracebackEntry>();
                if e.context.is_none() {
                    e.context = handled.filter(|h| *h != Value::Obj(exc));
                }
            }
            // The traceback grows in place: the memory limit sees it now, not
            // at the next collection.
            if grown > 0 {
                self.heap.note_growth(grown);
            }
        }
        match code.handler_for(pc) {
            Some(entry) => {
                frame.stack.truncate(entry.depth as usize);
                frame.stack.push(Value::Obj(exc));
                frame.pc = entry.handler;
                Ok(())
            }
            None => Err(RunError::Raised(exc)),
        }
    }

    /// `RaiseVarargs(n)`: the error to raise.
    pub(crate) fn raise(&mut self, frame: &mut PyFrame, n: u32) -> RunResult<RunError> {
        let cause = if n == 2 { frame.stack.pop() } else { None };
        let exc = if n >= 1 { frame.stack.pop() } else { None };
        let Some(exc) = exc else {
            return Ok(match self.handled {
                Some(Value::Obj(id)) => RunError::Raised(id),
                _ => ops::no_active_exception(),
            });
        };
        let exc = self.exception_instance(exc)?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                other => Some(Value::Obj(self.exception_instance(other)?)),
            };
            if let Some(Object::Exception(e)) = self.heap.get_mut(exc) {
                e.cause = cause;
                e.suppress_context = true;
            }
        }
        Ok(RunError::Raised(exc))
    }

    /// `raise X`: an exception instance, or an instance made from class `X`.
    fn exception_instance(&mut self, value: Value) -> RunResult<ObjId> {
        let Value::Obj(id) = value else {
            return Err(ops::not_an_exception());
        };
        match self.heap.get(id) {
            Object::Exception(_) => Ok(id),
            Object::Class(c) if matches!(c.layout, crate::value::class::Layout::Exception(_)) => {
                let instance = self.call_nested(value, Vec::new())?;
                match instance {
                    Value::Obj(e) if matches!(self.heap.get(e), Object::Exception(_)) => Ok(e),
                    _ => Err(ops::not_an_exception()),
                }
            }
            _ => Err(ops::not_an_exception()),
        }
    }

    /// `Reraise`: the popped exception, raised again without a new traceback line.
    pub(crate) fn reraise(exc: Value) -> RunError {
        match exc {
            Value::Obj(id) => RunError::Raised(id),
            _ => RunError::internal("reraise of a non-exception"),
        }
    }

    /// `except class:` — `class` may be a class or a tuple of classes.
    pub(crate) fn exception_matches(&mut self, exc: Value, class: Value) -> RunResult<bool> {
        let classes = match class.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![class],
        };
        let base = self.types.exception(ExcKind::BaseException);
        let mut matched = false;
        for c in classes {
            match c {
                Value::Obj(id) if self.class(id).is_some() && self.is_subclass(id, base) => {
                    matched = matched || self.is_instance(exc, id);
                }
                _ => return Err(ops::bad_except_class()),
            }
        }
        Ok(matched)
    }

    /// Whether `error` is an exception of builtin class `kind` (or a subclass),
    /// pending or raised.
    pub(crate) fn error_matches(&self, error: &RunError, kind: ExcKind) -> bool {
        match error {
            RunError::New(e) => e.kind.is_subclass_of(kind),
            RunError::Raised(id) => {
                let class = self.types.exception(kind);
                self.is_instance(Value::Obj(*id), class)
            }
            _ => false,
        }
    }

    /// Whether `error` is a `StopIteration`.
    pub(crate) fn is_stop_iteration(&self, error: &RunError) -> bool {
        match error {
            RunError::New(e) => e.kind == ExcKind::StopIteration,
            RunError::Raised(id) => {
                let class = self.types.exception(ExcKind::StopIteration);
                self.is_instance(Value::Obj(*id), class)
            }
            _ => false,
        }
    }

    /// `StopIteration(value)` (no args when the value is `None`).
    pub(crate) fn stop_iteration(&mut self, value: Value) -> RunError {
        let class = self.types.exception(ExcKind::StopIteration);
        let args = if value == Value::None {
            Vec::new()
        } else {
            vec![value]
        };
        let mut exc = Exception::new(class, ExcKind::StopIteration, args);
        let value_name = self.interner.intern("value");
        exc.attrs.set(value_name, value);
        RunError::Raised(self.heap.alloc(Object::Exception(Box::new(exc))))
    }

    /// A `StopIteration` escaping a generator becomes a `RuntimeError` (PEP 479).
    pub(crate) fn generator_raised(&mut self, error: RunError, what: &str) -> RunError {
        if !self.is_stop_iteration(&error) {
            return error;
        }
        self.chained_runtime_error(error, &format!("{what} raised StopIteration"))
    }

    /// `RuntimeError(message)` raised from `error` (its cause and context).
    pub(crate) fn chained_runtime_error(&mut self, error: RunError, message: &str) -> RunError {
        let cause = self.materialize(error);
        let new = RunError::new(ExcKind::RuntimeError, message.to_owned());
        match (self.materialize(new), cause) {
            (Ok(id), Ok(cause)) => {
                if let Some(Object::Exception(e)) = self.heap.get_mut(id) {
                    e.cause = Some(Value::Obj(cause));
                    e.context = Some(Value::Obj(cause));
                    e.suppress_context = true;
                }
                RunError::Raised(id)
            }
            (Err(e), _) | (_, Err(e)) => e,
        }
    }

    /// The public error for an exception that ended the run.
    pub(crate) fn py_error(&mut self, error: RunError) -> PyError {
        match error {
            RunError::Limit(e) => *e,
            RunError::Internal(what) => PyError {
                kind: "SystemError".to_owned(),
                message: format!("internal error: {what}"),
                traceback: format!("SystemError: internal error: {what}\n"),
            },
            other => match self.materialize(other) {
                Ok(exc) => {
                    if let Some(exit) = self.system_exit(exc) {
                        return exit;
                    }
                    let kind = self.type_name(Value::Obj(exc));
                    let message = self.exception_str(exc);
                    let traceback = self.render_traceback(exc);
                    PyError {
                        kind,
                        message,
                        traceback,
                    }
                }
                Err(e) => self.py_error(e),
            },
        }
    }

    /// An uncaught `SystemExit`: no traceback; its code's `str` on stderr
    /// unless it is `None` or an int (see [`PyError::exit_code`]).
    fn system_exit(&mut self, exc: ObjId) -> Option<PyError> {
        let Object::Exception(e) = self.heap.get(exc) else {
            return None;
        };
        if e.kind != ExcKind::SystemExit {
            return None;
        }
        let code = match e.args.as_slice() {
            [] => Value::None,
            [one] => *one,
            _ => self.new_tuple(e.args.clone()),
        };
        let message = self.str(code).unwrap_or_default();
        let traceback = match code {
            Value::None | Value::Int(_) | Value::Bool(_) => String::new(),
            _ => format!("{message}\n"),
        };
        Some(PyError {
            kind: self.type_name(Value::Obj(exc)),
            message,
            traceback,
        })
    }
}
