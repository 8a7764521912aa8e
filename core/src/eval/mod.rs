//! The evaluator: an explicit, serialisable frame stack running `Code`.
//!
//! Source code layout:
//! - `vm.rs`: the machine state and the frame loop; `interp.rs`: the instruction loop;
//!   `switch.rs`: frame switches done inside the instruction loop.
//! - `frame.rs`: Python and native frames; `native.rs`: resuming native frames, nested runs.
//! - `descriptor.rs`: property/staticmethod/classmethod, `super`; `matching.rs`: `match` patterns.
//! - `call.rs`: calls and argument binding; `generator.rs`: generators.
//! - `exc.rs`: raising and unwinding; `traceback.rs`: CPython's traceback text.
//! - `ops.rs`, `arith.rs`, `compare.rs`, `complex.rs`, `set.rs`, `printf.rs`: operators; `attr.rs`: attributes; `names.rs`: variables, imports.
//! - `iter.rs`: the iterator protocol; `subscr.rs`: subscripts and slices.
//! - `objects.rs`: making builtin objects, dict operations; `types.rs`: builtin classes.
//! - `format.rs`, `format_spec.rs`: `repr`/`str`/`format`; `boundary.rs`: `HostValue` conversion.

pub(crate) mod arith;
mod attr;
mod boundary;
pub(crate) mod call;
mod compare;
mod complex;
mod descriptor;
mod exc;
pub(crate) mod format;
mod format_spec;
pub(crate) mod frame;
mod generator;
pub(crate) mod import;
mod interp;
mod iter;
mod matching;
mod names;
mod native;
mod objects;
mod ops;
mod printf;
mod set;
mod subscr;
mod switch;
mod traceback;
pub(crate) mod types;
pub(crate) mod vm;
