//! `re`: regular expressions with CPython 3.11's API, messages and matching
//! rules. <https://docs.python.org/3/library/re.html>
//!
//! A pattern is parsed by CPython's own parser (ported to `parser.py`, so
//! `re.error` says exactly what CPython says), translated to regex-crate
//! syntax (`api.py`), and run by `regex_automata` or, for backreferences and
//! lookaround, fancy-regex (`engine.rs`). Compiled patterns and parsed
//! templates are cached per process; the first use of a pattern or template
//! runs the Python parser, every later one stays in Rust.
//!
//! Source code layout:
//! - `parser.py`, `api.py`: the Python half (parser, flags, module functions, translation).
//! - `engine.rs`: compiled patterns, anchoring, the empty-match rules, the caches.
//! - `subject.rs`: the searched text and code point offsets.
//! - `objects.rs`: `Pattern`/`Match` data, reprs, data attributes.
//! - `pattern.rs`, `sub.rs`, `matchobj.rs`: the methods.
//!
//! Divergences (also in `conformance/DIVERGENCES.md`): `\b` and case
//! folding follow the regex crate's Unicode tables (`\w` is CPython's own:
//! `str.isalnum()` or `_`); `finditer` finds every match before returning
//! its iterator;
//! `re.compile` returns a new, equal object for a cached pattern; a group
//! repeated by a quantifier that can match empty keeps its last non-empty
//! capture; backreferences compare case-sensitively even under `re.I`.

mod engine;
pub(crate) mod matchobj;
pub(crate) mod objects;
pub(crate) mod pattern;
pub(crate) mod sub;
mod subject;

use std::sync::Arc;

pub(crate) use objects::ReObject;

use super::NativeModule;
use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::class::{Class, Layout};
use crate::value::object::Object;
use crate::value::symbol::AttrMap;
use crate::value::{ObjId, Value};
use engine::Spec;
use objects::PatternObj;

/// The module: the native functions, the classes made by [`init`], then the
/// Python half.
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "re",
    constants: &[],
    init: Some(init),
    python: Some(concat!(include_str!("parser.py"), include_str!("api.py"))),
};

/// A builtin class of module `re` whose methods are the builtins table's
/// rows under its name.
fn new_class(vm: &mut Vm, name: &str) -> ObjId {
    let object = vm.types.object;
    let id = vm.heap.alloc(Object::Class(std::sync::Arc::new(Class {
        name: name.into(),
        qualname: name.into(),
        module: "re".into(),
        bases: vec![object],
        mro: Vec::new(),
        attrs: AttrMap::default(),
        layout: Layout::Object,
        builtin: true,
        meta: None,
    })));
    if let Some(c) = vm.heap.class_mut(id) {
        c.mro = vec![id, object];
    }
    id
}

/// Makes `re.Pattern` and `re.Match`.
#[expect(
    clippy::unnecessary_wraps,
    reason = "every module init has the InitFn signature"
)]
fn init(vm: &mut Vm, module: ObjId) -> RunResult<()> {
    for name in ["Pattern", "Match"] {
        let class = new_class(vm, name);
        // `re.Pattern[str]` in annotations.
        if let Some(b) = crate::builtins::lookup(name, "__class_getitem__") {
            let f = vm.builtin_object(b);
            let method = Value::Obj(vm.heap.alloc(Object::ClassMethod(f)));
            let sym = vm.interner.intern("__class_getitem__");
            if let Some(c) = vm.heap.class_mut(class) {
                c.attrs.set(sym, method);
            }
        }
        vm.set_module_attr(module, name, Value::Obj(class));
    }
    Ok(())
}

/// `re.Pattern[str]` / `re.Match[bytes]`: a `types.GenericAlias`.
pub(crate) fn class_getitem(vm: &mut Vm, class: Value, args: Args) -> RunResult<Value> {
    let [key] = args.exact("__class_getitem__")?;
    let items = match key.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => items.clone(),
        _ => vec![key],
    };
    Ok(vm.generic_alias(class, items))
}

/// A name defined by the module (its classes, the Python helpers).
pub(crate) fn python_helper(vm: &mut Vm, name: &str) -> RunResult<Value> {
    let module = vm
        .cached_module("re")
        .ok_or_else(|| RunError::internal("re is not imported"))?;
    let sym = vm.interner.intern(name);
    vm.module_attr(module, sym)
        .ok_or_else(|| RunError::internal(format!("re.{name} missing")))
}

/// A new `re.Pattern` for `source` compiled as `spec`.
fn new_pattern(vm: &mut Vm, source: Value, given_flags: i64, spec: Arc<Spec>) -> RunResult<Value> {
    let class = python_helper(vm, "Pattern")?
        .as_obj()
        .ok_or_else(|| RunError::internal("re.Pattern"))?;
    let match_class = python_helper(vm, "Match")?
        .as_obj()
        .ok_or_else(|| RunError::internal("re.Match"))?;
    let p = PatternObj {
        class,
        match_class,
        source,
        given_flags,
        spec,
    };
    Ok(Value::Obj(
        vm.heap.alloc(Object::Re(Box::new(ReObject::Pattern(p)))),
    ))
}

/// The key under which `(pattern, flags)` is cached (`None`: not str/bytes).
fn key_of(vm: &Vm, pattern: Value, flags: i64) -> Option<engine::Key> {
    match pattern.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Some((s.as_str().as_bytes().to_vec(), false, flags)),
        Some(Object::Bytes(b)) => Some((b.clone(), true, flags)),
        _ => None,
    }
}

/// `re._compile(pattern, flags)`: the cached compiled pattern, else the
/// Python slow path (`_compile_slow`), which parses and calls [`build`].
pub(crate) fn compile_cached(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [pattern, flags_value] = args.exact("_compile")?;
    let flags = match vm.int_arg(flags_value) {
        Ok(flags) => flags,
        // Not an int: the slow path raises CPython's error (`flags & TEMPLATE` fails).
        Err(e) if vm.error_matches(&e, ExcKind::TypeError) => {
            let helper = python_helper(vm, "_compile_slow")?;
            return vm.call(helper, Args::positional(vec![pattern, flags_value]));
        }
        Err(e) => return Err(e),
    };
    if let Some(id) = pattern.as_obj() {
        if objects::pattern_of(vm, id).is_some() {
            if flags != 0 {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    "cannot process flags argument with a compiled pattern",
                ));
            }
            return Ok(Called::Value(pattern));
        }
    }
    if let Some(spec) = key_of(vm, pattern, flags).and_then(|k| engine::cached(&k)) {
        return new_pattern(vm, pattern, flags, spec).map(Called::Value);
    }
    let helper = python_helper(vm, "_compile_slow")?;
    vm.call(helper, Args::positional(vec![pattern, flags_value]))
}

/// `re._build(pattern, flags, final_flags, parents, names, plain, plain_hard,
/// dollar)`: compiles a translated pattern, caches it, returns a `Pattern`
/// (or, when the engine rejects the translation, its message for `re.error`).
pub(crate) fn build(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [pattern, flags, final_flags, parents, names, plain, plain_hard, dollar] =
        args.exact("_build")?;
    let flags = vm.int_arg(flags)?;
    let final_flags = vm.int_arg(final_flags)?;
    let mut group_parents = Vec::new();
    for p in vm.list_items(parents)? {
        group_parents.push(usize::try_from(vm.int_arg(p)?).unwrap_or(0));
    }
    let mut group_names = Vec::new();
    for pair in vm.list_items(names)? {
        let items = vm.tuple_items(pair)?;
        if let [name, index] = items.as_slice() {
            let name = vm.str_value(*name).unwrap_or_default();
            group_names.push((name, usize::try_from(vm.int_arg(*index)?).unwrap_or(0)));
        }
    }
    let plain = vm.str_value(plain).unwrap_or_default();
    let dollar = vm.str_value(dollar);
    let bytes = matches!(
        pattern.as_obj().map(|id| vm.heap.get(id)),
        Some(Object::Bytes(_))
    );
    let spec = Spec::new(
        final_flags,
        group_parents,
        group_names,
        bytes,
        plain,
        matches!(plain_hard, Value::Bool(true)),
        dollar,
    );
    if let Err(message) = spec.check() {
        return Ok(vm.new_str(message));
    }
    let spec = Arc::new(spec);
    if let Some(key) = key_of(vm, pattern, flags) {
        engine::remember(key, spec.clone());
    }
    new_pattern(vm, pattern, flags, spec)
}
