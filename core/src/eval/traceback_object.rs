//! `traceback` objects (`exc.__traceback__`, the third argument of
//! `__exit__`, `sys.exc_info()[2]`): a read-only view of the frames an
//! exception has unwound through so far.
//!
//! Each is a fresh copy of the entries, so `tb.tb_next is tb.tb_next` is
//! false where CPython says true; `tb_frame` is `None` (no frame objects).

use super::vm::Vm;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

impl Vm {
    /// `exc.__traceback__`: `None` before the exception was raised.
    pub(crate) fn traceback_of(&mut self, exc: ObjId) -> Value {
        let entries: Vec<_> = match self.heap.get(exc) {
            Object::Exception(e) => e.traceback.iter().rev().copied().collect(),
            _ => Vec::new(),
        };
        self.new_traceback(entries)
    }

    fn new_traceback(&mut self, entries: Vec<crate::value::exception::TracebackEntry>) -> Value {
        if entries.is_empty() {
            return Value::None;
        }
        Value::Obj(self.heap.alloc(Object::Traceback(entries)))
    }

    /// `tb_lineno`, `tb_next`, `tb_lasti`, `tb_frame` of a traceback object.
    pub(crate) fn traceback_attr(&mut self, tb: ObjId, name: &str) -> Option<Value> {
        let Object::Traceback(entries) = self.heap.get(tb) else {
            return None;
        };
        let first = *entries.first()?;
        match name {
            "tb_lineno" => Some(Value::Int(i64::from(self.traceback_line(first)))),
            "tb_lasti" => Some(Value::Int(i64::from(first.pc) * 2)),
            "tb_next" => {
                let rest = entries.get(1..).unwrap_or_default().to_vec();
                Some(self.new_traceback(rest))
            }
            "tb_frame" => Some(Value::None),
            _ => None,
        }
    }
}
