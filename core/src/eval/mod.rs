//! The evaluator: an explicit, serialisable frame stack running `Code`.
//!
//! Source code layout:
//! - `vm.rs`: the machine state and the frame loop; `interp.rs`: the instruction loop;
//!   `switch.rs`: frame switches done inside the instruction loop.
//! - `frame.rs`: Python and native frames; `native.rs`: resuming native frames, nested runs.
//! - `cont.rs`: continuations (call back into Python resumably); `dunder.rs`: operator dunders
//!   as resumable calls; `consume.rs`: consumer builtins; `lazy.rs`: lazy `map`/`filter`/.. steps.
//! - `descriptor.rs`: property/staticmethod/classmethod, `super`; `matching.rs`: `match` patterns.
//! - `call.rs`: calls and argument binding; `generator.rs`: generators.
//! - `exc.rs`: raising and unwinding; `traceback.rs`: CPython's traceback text.
//! - `ops.rs`, `arith.rs`, `compare.rs`, `complex.rs`, `set.rs`, `printf.rs`: operators; `attr.rs`: attributes; `names.rs`: variables, imports.
//! - `import.rs`: the import system; `module_table.rs`: imported modules by name; `prepared.rs`:
//!   the template's pre-imported modules; `warm.rs`: the template's caches warmed by a sample app.
//! - `iter.rs`: the iterator protocol; `subscr.rs`: subscripts and slices.
//! - `objects.rs`: making builtin objects, dict operations; `types.rs`: builtin classes.
//! - `format.rs`, `format_spec.rs`: `repr`/`str`/`format`; `boundary.rs`: `HostValue` conversion.

pub(crate) mod arith;
mod attr;
mod boundary;
pub(crate) mod call;
mod call_args;
mod class_attr;
mod class_new;
mod compare;
mod complex;
pub(crate) mod consume;
pub(crate) mod cont;
pub(crate) mod coroutine;
mod descriptor;
mod dunder;
mod exc;
mod exc_group;
mod exc_object;
pub(crate) mod format;
mod format_spec;
pub(crate) mod frame;
mod generator;
mod generic_alias;
mod host_wait;
pub(crate) mod import;
mod index;
mod instance;
mod instantiate;
mod interp;
pub(crate) mod iter;
mod lazy;
mod matching;
mod module_dict;
pub(crate) mod module_table;
mod names;
mod native;
mod objects;
pub(crate) mod ops;
pub(crate) mod prepared;
mod printf;
pub(crate) mod profile;
mod quick;
mod set;
mod special_attr;
mod subclass;
mod subscr;
mod suggest;
mod switch;
mod traceback;
mod traceback_object;
mod type_cache;
pub(crate) mod types;
pub(crate) mod vm;
mod warm;
