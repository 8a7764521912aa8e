//! `abc`. <https://docs.python.org/3/library/abc.html>
//!
//! `ABCMeta` is a builtin subclass of `type` and `ABC` a builtin class whose
//! metaclass it is (both live in the `Ctx`'s builtin types). Instantiating a
//! class whose metaclass derives from `ABCMeta` checks for abstract methods
//! (names along the MRO whose value has a true `__isabstractmethod__`), as
//! CPython's `object.__new__` does with `__abstractmethods__`.

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::{ObjId, Value};

/// The module (its functions are in the builtins table, its classes added by [`add_classes`]).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "abc",
    constants: &[],
    init: Some(add_classes),
    python: Some(include_str!("python/abc_registry.py")),
};

/// Adds `ABCMeta` and `ABC` to module `abc`.
#[expect(
    clippy::unnecessary_wraps,
    reason = "the signature every native module's init shares"
)]
fn add_classes(vm: &mut Vm, module: ObjId) -> RunResult<()> {
    for (name, class) in [("ABCMeta", vm.types.abc_meta), ("ABC", vm.types.abc)] {
        vm.set_module_attr(module, name, Value::Obj(class));
    }
    Ok(())
}

/// <https://docs.python.org/3/library/abc.html#abc.abstractmethod>
pub(crate) fn abstractmethod(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [f] = args.exact("abstractmethod")?;
    let sym = vm.interner.intern("__isabstractmethod__");
    vm.set_attr(f, sym, Value::Bool(true))?;
    Ok(f)
}

impl Vm {
    /// The abstract methods of `class` (sorted), when its metaclass is an `ABCMeta`.
    pub(crate) fn abstract_methods(&mut self, class: ObjId) -> RunResult<Vec<String>> {
        let meta = self.type_of(Value::Obj(class));
        if !self.is_subclass(meta, self.types.abc_meta) {
            return Ok(Vec::new());
        }
        let mro = self.class(class).map(|c| c.mro.clone()).unwrap_or_default();
        let mut seen = Vec::new();
        let mut found = Vec::new();
        for k in mro {
            let names: Vec<_> = self
                .class(k)
                .map(|c| c.attrs.iter().map(|(n, _)| n).collect())
                .unwrap_or_default();
            for name in names {
                if seen.contains(&name) {
                    continue;
                }
                seen.push(name);
                if let Some(v) = self.lookup_type_attr(class, name) {
                    if self.is_abstract(v)? {
                        found.push(self.interner.name(name).to_owned());
                    }
                }
            }
        }
        found.sort();
        Ok(found)
    }

    /// `Can't instantiate abstract class X with abstract method(s) a, b`.
    pub(crate) fn cannot_instantiate_abstract(&self, class: ObjId, methods: &[String]) -> RunError {
        let name = self
            .class(class)
            .map(|c| c.name.to_string())
            .unwrap_or_default();
        let s = if methods.len() == 1 { "" } else { "s" };
        RunError::new(
            ExcKind::TypeError,
            format!(
                "Can't instantiate abstract class {name} with abstract method{s} {}",
                methods.join(", ")
            ),
        )
    }
}
