//! Variables: locals, cells, globals/builtins, class namespaces; imports.

use super::frame::PyFrame;
use super::vm::Vm;
use crate::compile::code::{Code, Instr};
use crate::exc::{lookup, RunError, RunResult};
use crate::value::object::Object;
use crate::value::symbol::Symbol;
use crate::value::{ObjId, Value};

impl Vm {
    /// `LoadFast`/`DeleteFast`: the local or `UnboundLocalError`.
    pub(crate) fn load_fast(frame: &PyFrame, code: &Code, slot: u32) -> RunResult<Value> {
        if let Some(Some(v)) = frame.locals.get(slot as usize) {
            Ok(*v)
        } else {
            let name = code.varnames.get(slot as usize).map_or("?", |n| n);
            Err(lookup::unbound_local(name))
        }
    }

    fn cell_name(code: &Code, i: u32) -> &str {
        code.cellvars
            .iter()
            .chain(&code.freevars)
            .nth(i as usize)
            .map_or("?", |n| n)
    }

    /// The cell instructions.
    pub(crate) fn deref_op(
        &mut self,
        frame: &mut PyFrame,
        code: &Code,
        instr: Instr,
        i: u32,
    ) -> RunResult<()> {
        let cell = *frame
            .cells
            .get(i as usize)
            .ok_or_else(|| RunError::internal("bad cell index"))?;
        match instr {
            Instr::LoadClosure(_) => frame.stack.push(Value::Obj(cell)),
            Instr::LoadDeref(_) => match self.heap.get(cell) {
                Object::Cell(Some(v)) => frame.stack.push(*v),
                _ => return Err(Vm::unbound_cell(code, i)),
            },
            Instr::StoreDeref(_) => {
                let v = frame
                    .stack
                    .pop()
                    .ok_or_else(|| RunError::internal("StoreDeref underflow"))?;
                if let Some(Object::Cell(slot)) = self.heap.get_mut(cell) {
                    *slot = Some(v);
                }
            }
            _ => {
                if !matches!(self.heap.get(cell), Object::Cell(Some(_))) {
                    return Err(Vm::unbound_cell(code, i));
                }
                if let Some(Object::Cell(slot)) = self.heap.get_mut(cell) {
                    *slot = None;
                }
            }
        }
        Ok(())
    }

    fn unbound_cell(code: &Code, i: u32) -> RunError {
        let name = Vm::cell_name(code, i);
        if (i as usize) < code.cellvars.len() {
            lookup::unbound_local(name)
        } else {
            lookup::unbound_free(name)
        }
    }

    /// `LoadClassDeref`: the class namespace first, then the cell.
    pub(crate) fn load_class_deref(
        &mut self,
        frame: &PyFrame,
        code: &Code,
        i: u32,
    ) -> RunResult<Value> {
        let name = Vm::cell_name(code, i).to_owned();
        if let Some(ns) = frame.namespace {
            let sym = self.interner.intern(&name);
            if let Object::Namespace(attrs) = self.heap.get(ns) {
                if let Some(v) = attrs.get(sym) {
                    return Ok(v);
                }
            }
        }
        let cell = *frame
            .cells
            .get(i as usize)
            .ok_or_else(|| RunError::internal("bad cell index"))?;
        match self.heap.get(cell) {
            Object::Cell(Some(v)) => Ok(*v),
            _ => Err(lookup::unbound_free(&name)),
        }
    }

    pub(crate) fn module_get(&self, module: ObjId, name: Symbol) -> Option<Value> {
        match self.heap.get(module) {
            Object::Module(m) => m.attrs.get(name),
            _ => None,
        }
    }

    /// Sets a module global.
    pub(crate) fn module_set(&mut self, module: ObjId, name: Symbol, value: Value) {
        if let Some(Object::Module(m)) = self.heap.get_mut(module) {
            m.attrs.set(name, value);
        }
        if !self.globals_dicts.is_empty() {
            // A str-keyed dict store cannot fail.
            let _ = self.mirror_module_store(module, name, Some(value));
        }
    }

    /// Sets a name in a class-body namespace.
    pub(crate) fn namespace_set(&mut self, ns: ObjId, name: Symbol, value: Value) {
        if let Some(Object::Namespace(attrs)) = self.heap.get_mut(ns) {
            attrs.set(name, value);
        }
    }

    /// `LoadGlobal`: globals, then builtins.
    pub(crate) fn load_global(&self, frame: &PyFrame, n: u32) -> RunResult<Value> {
        let sym = self.symbol(frame.code, n);
        self.module_get(frame.globals, sym)
            .or_else(|| self.module_get(self.builtins, sym))
            .ok_or_else(|| lookup::name_not_defined(self.interner.name(sym)))
    }

    /// `LoadName`: the class namespace, then globals, then builtins.
    pub(crate) fn load_name(&self, frame: &PyFrame, n: u32) -> RunResult<Value> {
        let sym = self.symbol(frame.code, n);
        if let Some(ns) = frame.namespace {
            if let Object::Namespace(attrs) = self.heap.get(ns) {
                if let Some(v) = attrs.get(sym) {
                    return Ok(v);
                }
            }
        }
        self.load_global(frame, n)
    }

    /// `DeleteGlobal`.
    pub(crate) fn delete_global(&mut self, frame: &PyFrame, n: u32) -> RunResult<()> {
        let sym = self.symbol(frame.code, n);
        let removed = match self.heap.get_mut(frame.globals) {
            Some(Object::Module(m)) => m.attrs.remove(sym),
            _ => None,
        };
        if removed.is_none() {
            return Err(lookup::name_not_defined(self.interner.name(sym)));
        }
        self.mirror_module_store(frame.globals, sym, None)
    }

    /// `DeleteName`.
    pub(crate) fn delete_name(&mut self, frame: &PyFrame, n: u32) -> RunResult<()> {
        let sym = self.symbol(frame.code, n);
        if let Some(ns) = frame.namespace {
            if let Some(Object::Namespace(attrs)) = self.heap.get_mut(ns) {
                return attrs
                    .remove(sym)
                    .map(|_| ())
                    .ok_or_else(|| lookup::name_not_defined(self.interner.name(sym)));
            }
        }
        self.delete_global(frame, n)
    }
}
