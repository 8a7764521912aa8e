//! Continuations: the general way for a builtin or an operator to call back
//! into Python resumably.
//!
//! [`Vm::call_then`] pushes a [`Cont`] as a native frame, then calls the
//! callee above it. When the callee's frame returns (or raises), the frame
//! loop hands the result to [`Vm::resume_cont`], which either finishes with a
//! value for the frame below, or calls again (pushing a new continuation).
//! Because a continuation is plain data on the frame stack, a host call or a
//! snapshot anywhere inside the callee works like anywhere else. Errors go
//! through the continuation too (most propagate them unchanged), so the
//! exception table of the Python frame below handles them as usual and the
//! traceback holds exactly the Python frames CPython shows.

use serde::{Deserialize, Serialize};

use super::call::{Args, Called};
use super::consume::Fold;
use super::frame::{Frame, NativeFrame, Pending};
use super::vm::Vm;
use crate::compile::code::{BinOp, CmpOp};
use crate::exc::{RunError, RunResult};
use crate::value::{ObjId, Value};

/// What to do with the result of a call made by a builtin or operator.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum Cont {
    /// `a op b` on user classes: attempt `stage` returned; `NotImplemented`
    /// moves on to the next attempt (`__iop__`, `__op__`, `__rop__`).
    Binary {
        /// The operator.
        op: BinOp,
        /// Left operand.
        a: Value,
        /// Right operand.
        b: Value,
        /// `a op= b`.
        inplace: bool,
        /// Index of the next attempt.
        stage: u8,
    },
    /// A rich comparison on user classes, attempt by attempt (reflected,
    /// `__ne__` from `__eq__`, identity fallback for `==`/`!=`).
    Compare {
        /// The comparison.
        op: CmpOp,
        /// Left operand.
        a: Value,
        /// Right operand.
        b: Value,
        /// Index of the next attempt.
        stage: u8,
    },
    /// The result of `__bool__` (or `__len__` when `len`) as a `bool`.
    Truth {
        /// Deliver `not result`.
        negate: bool,
        /// The call was `__len__`.
        len: bool,
    },
    /// `__contains__` returned: its truth (inverted for `not in`).
    Contains {
        /// `not in`.
        invert: bool,
    },
    /// `len(x)`: `__len__` returned; checked and delivered as an int.
    Len,
    /// `__str__`/`__repr__`/`__format__` returned; must be a `str`.
    Text {
        /// The method name, for the error message.
        method: Box<str>,
    },
    /// `__iter__` returned; must be an iterator.
    IterResult,
    /// Arguments converted with `str()` one by one, then `then` is called
    /// with them (`print` of user instances).
    StrArgs {
        /// Converted (or plain) arguments so far.
        done: Vec<Value>,
        /// Arguments left, last first.
        rest: Vec<Value>,
        /// The keyword arguments for `then`.
        keywords: Vec<(crate::value::symbol::Symbol, Value)>,
        /// What is called with the converted arguments.
        then: Value,
    },
    /// A consumer builtin draining an iterator (`list(gen)`, `sum`, `min`..).
    Consume {
        /// The iterator.
        it: Value,
        /// What is done with each item.
        fold: Fold,
        /// The item whose callback (key function, predicate) is running.
        awaiting: Option<Value>,
    },
    /// A consumer called `__iter__`; the iterator to drain is delivered here.
    ConsumeStart {
        /// What is done with each item.
        fold: Fold,
    },
    /// `next(it[, default])` on an iterator whose step runs Python code.
    Next {
        /// What exhaustion gives (else `StopIteration`).
        default: Option<Value>,
    },
    /// A lazy iterator (`map`, `filter`, `enumerate`, `zip`) taking one step:
    /// the inner step it waits for is delivered here.
    Step {
        /// The iterator object.
        iter: ObjId,
        /// Values gathered so far for this step (map arguments, zip items).
        got: Vec<Value>,
        /// The item a `filter` predicate is deciding on.
        candidate: Option<Value>,
    },
    /// `json.dumps`'s encoder waiting for `default(o)` (`stdlib/json_encode.rs`).
    JsonEncode(Box<crate::stdlib::json_encode::Encoder>),
    /// A native jinja2 render waiting for a Python callback (`stdlib/jinja_render.rs`).
    Jinja(Box<crate::stdlib::jinja_render::Render>),
    /// A builtin delegating to a Python module (`open()` on the S3 filesystem): the module
    /// was imported; its attribute `name` is called with these arguments.
    CallAttr {
        /// The attribute to call.
        name: Box<str>,
        /// Positional arguments.
        args: Vec<Value>,
        /// Keyword arguments.
        keywords: Vec<(crate::value::symbol::Symbol, Value)>,
    },
    /// `Class(args)`: the class's own `__new__` returned; `__init__` comes
    /// next when the result is an instance of the class (`instantiate.rs`).
    New {
        /// The class called.
        class: ObjId,
        /// Positional arguments of the call (for `__init__`).
        args: Vec<Value>,
        /// Keyword arguments of the call.
        keywords: Vec<(crate::value::symbol::Symbol, Value)>,
    },
}

impl Cont {
    /// Calls `f` with every value the continuation holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Cont::Binary { a, b, .. } | Cont::Compare { a, b, .. } => {
                f(*a);
                f(*b);
            }
            Cont::Consume { it, fold, awaiting } => {
                f(*it);
                fold.trace(f);
                if let Some(v) = awaiting {
                    f(*v);
                }
            }
            Cont::Next { default } => default.iter().for_each(|v| f(*v)),
            Cont::StrArgs {
                done,
                rest,
                keywords,
                then,
            } => {
                done.iter().chain(rest.iter()).for_each(|v| f(*v));
                for (_, v) in keywords {
                    f(*v);
                }
                f(*then);
            }
            Cont::ConsumeStart { fold } => fold.trace(f),
            Cont::Step {
                iter,
                got,
                candidate,
            } => {
                f(Value::Obj(*iter));
                for v in got {
                    f(*v);
                }
                if let Some(v) = candidate {
                    f(*v);
                }
            }
            Cont::JsonEncode(encoder) => encoder.trace(f),
            Cont::Jinja(render) => render.trace(f),
            Cont::New {
                class,
                args,
                keywords,
            } => {
                f(Value::Obj(*class));
                for v in args {
                    f(*v);
                }
                for (_, v) in keywords {
                    f(*v);
                }
            }
            Cont::CallAttr { args, keywords, .. } => {
                for v in args {
                    f(*v);
                }
                for (_, v) in keywords {
                    f(*v);
                }
            }
            Cont::Truth { .. }
            | Cont::Contains { .. }
            | Cont::Len
            | Cont::Text { .. }
            | Cont::IterResult => {}
        }
    }
}

impl Vm {
    /// Calls `callee(args)` and continues with `then` when it returns. The
    /// result is what `then` makes of it: a value now, frames pushed (the
    /// value is delivered later to the frame below), or a host call.
    pub(crate) fn call_then(&mut self, callee: Value, args: Args, then: Cont) -> RunResult<Called> {
        let base = self.frames.len();
        self.frames.push(Frame::Native(NativeFrame::Cont(then)));
        let result = self.call(callee, args);
        if let Ok(Called::Pushed | Called::Host(_)) = result {
            return result;
        }
        // The callee finished at once (a builtin) or failed: take the continuation back.
        self.frames.truncate(base + 1);
        let Some(Frame::Native(NativeFrame::Cont(then))) = self.frames.pop() else {
            return Err(RunError::internal("continuation lost"));
        };
        let got = match result {
            Ok(Called::Value(v)) => Pending::Value(v),
            Err(e) => Pending::Error(e),
            Ok(_) => return Err(RunError::internal("continuation call state")),
        };
        self.resume_cont(then, got)
    }

    /// Continues `cont` with what the call it waited for produced.
    pub(crate) fn resume_cont(&mut self, cont: Cont, got: Pending) -> RunResult<Called> {
        match cont {
            Cont::Consume { it, fold, awaiting } => {
                return self.resume_consume(it, fold, awaiting, got)
            }
            Cont::Next { default } => return self.resume_next(default, got),
            Cont::ConsumeStart { fold } => return self.consume_start(fold, got),
            Cont::Step {
                iter,
                got: gathered,
                candidate,
            } => return self.resume_step(iter, gathered, candidate, got),
            Cont::JsonEncode(encoder) => {
                return crate::stdlib::json_encode::resume(self, encoder, got)
            }
            Cont::Jinja(render) => return crate::stdlib::jinja_render::resume(self, render, got),
            _ => {}
        }
        let value = match got {
            Pending::Value(v) | Pending::Returned(v) => v,
            Pending::Error(e) => return Err(e),
            Pending::Exhausted => return Err(RunError::internal("exhausted delivered to a call")),
        };
        match cont {
            Cont::Binary {
                op,
                a,
                b,
                inplace,
                stage,
            } => {
                if value != self.not_implemented() {
                    return Ok(Called::Value(value));
                }
                self.binary_from(op, a, b, inplace, stage)
            }
            Cont::Compare { op, a, b, stage } => {
                if value == self.not_implemented() {
                    return self.compare_from(op, a, b, stage);
                }
                // `!=` answered by `__eq__` (object.__ne__): the inverse.
                match self.compare_attempts(op, a, b).get(usize::from(stage) - 1) {
                    Some(attempt) if attempt.negate => self.truth_called(value, true),
                    _ => Ok(Called::Value(value)),
                }
            }
            Cont::Truth { negate, len } => self.truth_result(value, negate, len),
            Cont::Contains { invert } => self.truth_called(value, invert),
            Cont::Len => self.len_result(value).map(|n| Called::Value(Value::Int(n))),
            Cont::Text { method } => self.text_result(value, &method),
            Cont::IterResult => self.iter_result(value),
            Cont::StrArgs {
                mut done,
                rest,
                keywords,
                then,
            } => {
                done.push(value);
                self.str_args_called(done, rest, keywords, then)
            }
            Cont::New {
                class,
                args,
                keywords,
            } => self.after_new(
                class,
                value,
                Args {
                    positional: args,
                    keywords,
                },
                true,
            ),
            Cont::CallAttr {
                name,
                args,
                keywords,
            } => {
                let attr = self.interner.intern(&name);
                let callee = self.get_attr(value, attr)?;
                self.call(
                    callee,
                    Args {
                        positional: args,
                        keywords,
                    },
                )
            }
            Cont::Consume { .. }
            | Cont::ConsumeStart { .. }
            | Cont::Next { .. }
            | Cont::Step { .. }
            | Cont::JsonEncode(_)
            | Cont::Jinja(_) => Err(RunError::internal("continuation dispatch")),
        }
    }
}
