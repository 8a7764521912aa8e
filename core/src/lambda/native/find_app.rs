//! `fastapi._find_app` natively: the last step of every boot picks the app
//! the host serves. Run as the driver program it costs a program load, a
//! run and a dozen Python calls (~18K instructions); here it is a few
//! lookups. Only the common case is done here, where nothing the Python
//! function would do can run Python code or raise: `sys.modules` a plain
//! dict whose `"__main__"` entry is a module with a global `app` whose type
//! is exactly `fastapi.FastAPI`. Otherwise nothing is changed and the
//! driver runs.

use crate::eval::vm::Vm;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// Does what `fastapi._find_app(None)` does when run as the driver program
/// (`_booted[0] = app`, plus the driver's traces: `__main__`'s `__file__`
/// and argument global), if the app is found without running Python code;
/// `false`: nothing was changed.
pub(crate) fn find_app(vm: &mut Vm, arg_global: &str, driver_file: &str) -> bool {
    if vm.profile.is_some() {
        // A profiled boot counts the driver's calls.
        return false;
    }
    let Some(app) = main_app(vm) else {
        return false;
    };
    let Some(fastapi) = vm.modules.get("fastapi") else {
        return false;
    };
    // `isinstance(app, FastAPI)` of an exact instance (a subclass's
    // metaclass could answer through Python code).
    let class = global(vm, fastapi, "FastAPI");
    if class != Some(Value::Obj(vm.type_of(app))) {
        return false;
    }
    let Some(Value::Obj(booted)) = global(vm, fastapi, "_booted") else {
        return false;
    };
    if vm.type_of(Value::Obj(booted)) != vm.types.list {
        return false;
    }
    match vm.heap.get_mut(booted) {
        Some(Object::List(items)) if !items.is_empty() => items[0] = app,
        _ => return false,
    }
    let main = vm.main_module();
    let file = vm.new_str(driver_file.to_owned());
    vm.set_module_attr(main, "__file__", file);
    vm.set_module_attr(main, arg_global, Value::None);
    true
}

/// Global `name` of `module`.
fn global(vm: &mut Vm, module: ObjId, name: &str) -> Option<Value> {
    let symbol = vm.interner.intern(name);
    vm.module_attr(module, symbol)
}

/// `getattr(sys.modules.get("__main__"), "app")`, when it is found
/// without running Python code.
fn main_app(vm: &mut Vm) -> Option<Value> {
    let sys = vm.modules.get("sys")?;
    let Some(Value::Obj(modules)) = global(vm, sys, "modules") else {
        return None;
    };
    if vm.type_of(Value::Obj(modules)) != vm.types.dict {
        return None;
    }
    let Object::Dict(d) = vm.heap.get(modules) else {
        return None;
    };
    let hash = crate::value::hash::hash_str("__main__");
    // A key of that hash that is not an exact `str` could compare equal
    // through Python code.
    let mut plain = true;
    let found = d.find(hash, |k| match k.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) if vm.type_of(k) == vm.types.str => s.as_str() == "__main__",
        _ => {
            plain = false;
            false
        }
    });
    let main = found.and_then(|ix| d.entry(ix)).map(|e| e.value);
    let Some(Value::Obj(main)) = main.filter(|_| plain) else {
        return None;
    };
    if vm.type_of(Value::Obj(main)) != vm.types.module {
        return None;
    }
    // A missing `app` may come from the module's `__getattr__`.
    global(vm, main, "app")
}
