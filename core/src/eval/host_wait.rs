//! Pausing at host calls and delivering the host's replies: one call
//! (`Outcome::HostCall`) or a batch handed over by the asyncio loop
//! (`Outcome::HostCalls`); the protocol is in `host.rs`.

use super::frame::Pending;
use super::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::host::{HostCall, Reply};
use crate::value::Value;

impl Vm {
    /// Records a pause at the single call `call` (given a fresh id) and returns it.
    pub(crate) fn pause_at(&mut self, mut call: HostCall) -> HostCall {
        call.id = self.host_wait.new_id();
        self.host_wait.calls = vec![call.clone()];
        self.host_wait.batch = false;
        call
    }

    /// Records a pause at every call of `calls` (given fresh ids); returns the
    /// first (the pause itself: `Ctx` reports the whole batch).
    pub(crate) fn pause_at_batch(&mut self, mut calls: Vec<HostCall>) -> RunResult<HostCall> {
        for call in &mut calls {
            call.id = self.host_wait.new_id();
        }
        let first = calls
            .first()
            .cloned()
            .ok_or_else(|| RunError::internal("an empty batch of host calls"))?;
        self.host_wait.calls = calls;
        self.host_wait.batch = true;
        Ok(first)
    }

    /// Delivers the host's reply to the paused call (a batch of one included).
    pub(crate) fn reply(&mut self, reply: Reply) -> Result<(), String> {
        if self.frames.is_empty() {
            return Err("resume() without a paused run".to_owned());
        }
        if self.host_wait.sliced {
            return Err(
                "the run paused at the end of its time slice: continue it with resume_many([])"
                    .to_owned(),
            );
        }
        match self.host_wait.calls.as_slice() {
            [call] if self.host_wait.batch => {
                let id = call.id;
                self.reply_many(vec![(id, reply)])
            }
            [_] | [] => {
                self.host_wait.calls.clear();
                self.pending = Some(match self.reply_value(reply) {
                    Ok(value) => Pending::Value(value),
                    Err(error) => Pending::Error(error),
                });
                Ok(())
            }
            calls => Err(format!(
                "the run is paused at {} host calls: answer them with resume_many()",
                calls.len()
            )),
        }
    }

    /// Delivers one reply per pending call, matched by id (any order). A
    /// missing, unknown or duplicate id is an error that leaves the run paused.
    pub(crate) fn reply_many(&mut self, replies: Vec<(u64, Reply)>) -> Result<(), String> {
        if self.host_wait.sliced && !self.frames.is_empty() {
            if let Some((id, _)) = replies.first() {
                return Err(format!("resume_many(): no pending host call has id {id}"));
            }
            self.host_wait.sliced = false;
            return Ok(());
        }
        if self.frames.is_empty() || self.host_wait.calls.is_empty() {
            return Err("resume_many() without a run paused at host calls".to_owned());
        }
        let mut ordered: Vec<Option<Reply>> = vec![None; self.host_wait.calls.len()];
        for (id, reply) in replies {
            let Some(index) = self.host_wait.calls.iter().position(|c| c.id == id) else {
                return Err(format!("resume_many(): no pending host call has id {id}"));
            };
            if ordered[index].replace(reply).is_some() {
                return Err(format!("resume_many(): two replies for host call {id}"));
            }
        }
        if let Some(index) = ordered.iter().position(Option::is_none) {
            let call = &self.host_wait.calls[index];
            return Err(format!(
                "resume_many(): no reply for host call {} ({}.{})",
                call.id, call.module, call.function
            ));
        }
        let batch = std::mem::take(&mut self.host_wait.batch);
        self.host_wait.calls.clear();
        let replies = ordered.into_iter().flatten();
        if !batch {
            return self.reply(replies.into_iter().next().ok_or("no reply")?);
        }
        let mut results = Vec::new();
        for reply in replies {
            let result = match self.reply_value(reply) {
                Ok(value) => vec![Value::Bool(true), value],
                Err(error) => {
                    let exc = self
                        .materialize(error)
                        .map_err(|_| "bad reply".to_owned())?;
                    vec![Value::Bool(false), Value::Obj(exc)]
                }
            };
            results.push(self.new_tuple(result));
        }
        let list = self.new_list(results);
        self.pending = Some(Pending::Value(list));
        Ok(())
    }

    /// The value of a reply, or the exception it stands for (a builtin
    /// exception class by name; unknown names become `RuntimeError`).
    fn reply_value(&mut self, reply: Reply) -> Result<Value, RunError> {
        match reply {
            Reply::Value(value) => Ok(self.value_from_host(&value)),
            Reply::Error { kind, message } => {
                let kind = ExcKind::ALL
                    .iter()
                    .find(|k| k.name() == kind)
                    .copied()
                    .unwrap_or(ExcKind::RuntimeError);
                Err(RunError::new(kind, message))
            }
        }
    }
}
