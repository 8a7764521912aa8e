//! `_pydantic_native`: the native half of model class creation in `pydantic`
//! (`_ModelMeta.__new__`). Every model of an app is built at boot; collecting
//! its fields, validators and config in Python cost more than the rest of the
//! class statement (some 400 bytecodes for a three-field model).

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{RunError, RunResult};
use crate::value::class::Instance;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// The module (its functions are rows of the builtins table).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_pydantic_native",
    constants: &[],
    init: None,
    python: None,
};

/// The `pydantic` objects [`finish_model`] compares against.
struct Kinds {
    field_info: ObjId,
    decorator: ObjId,
    aliases: [ObjId; 2],
    class_var: Value,
    undefined: Value,
}

/// One annotated field of the class body: its name, annotation, the value
/// the body gave it (`undefined` when none) and whether that value is a
/// `FieldInfo` already (`x: int = Field(...)`).
struct Own {
    name: Value,
    annotation: Value,
    value: Value,
    is_info: bool,
}

/// `finish_model(cls, ns, FieldInfo, _Decorator, _GenericAlias, _UnionAlias,
/// ClassVar, PydanticUndefined)`: does what the rest of `_ModelMeta.__new__`
/// does for a model class `cls` just made from namespace `ns` and returns
/// `True`, or changes nothing and returns `False` when the class needs the
/// general path: a validator or serializer in the body, an old-style
/// `Config`, an annotation other than a class or a plain generic alias
/// (`Annotated`, strings, model classes), or a base whose pydantic
/// attributes are not a dict / list. The result is exactly the Python
/// code's: base fields, validators and config merged along the MRO, then the
/// body's fields in annotation order (a `FieldInfo` made for a plain
/// default, `annotation` set on each), defaults removed from the class.
pub(crate) fn finish_model(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [cls, ns, field_info, decorator, alias, union_alias, class_var, undefined] =
        args.exact("finish_model")?;
    let ids = (
        cls.as_obj(),
        field_info.as_obj(),
        decorator.as_obj(),
        alias.as_obj(),
        union_alias.as_obj(),
    );
    let (Some(cls_id), Some(field_info), Some(decorator), Some(alias), Some(union_alias)) = ids
    else {
        return Ok(Value::Bool(false));
    };
    if vm.class(cls_id).is_none() || !is_dict(vm, ns) {
        return Ok(Value::Bool(false));
    }
    let kinds = Kinds {
        field_info,
        decorator,
        aliases: [alias, union_alias],
        class_var,
        undefined,
    };
    let Some(plan) = plan_fields(vm, ns, &kinds)? else {
        return Ok(Value::Bool(false));
    };
    let own_config = ns_get(vm, ns, "model_config")?;
    let Some((fields, validators, config)) = merge_bases(vm, cls_id)? else {
        return Ok(Value::Bool(false));
    };
    let serializers_name = vm.interner.intern("__pydantic_serializers__");
    let serializers = vm.new_dict();
    match vm.lookup_attr(cls, serializers_name)? {
        None => {}
        Some(s) if is_dict(vm, s) => vm.dict_update(serializers, s)?,
        Some(_) => return Ok(Value::Bool(false)),
    }
    // Nothing above changed anything: from here on the class is built.
    if let Some(own) = own_config.filter(|c| is_dict(vm, *c)) {
        vm.dict_update(config, own)?;
    }
    let annotation = vm.interner.intern("annotation");
    let default = vm.interner.intern("default");
    for own in &plan {
        let info = if own.is_info {
            own.value
        } else {
            // `FieldInfo(value)`: `Ellipsis` means no default.
            let value = if vm.type_of(own.value) == vm.types.ellipsis_type {
                kinds.undefined
            } else {
                own.value
            };
            let mut inst = Instance::with_room(kinds.field_info, 2);
            inst.attrs.set(default, value);
            Value::Obj(vm.heap.alloc(Object::Instance(inst)))
        };
        vm.set_attr(info, annotation, own.annotation)?;
        vm.dict_set(fields, own.name, info)?;
    }
    // A field's default lives in its `FieldInfo`, not on the class: `for
    // fname in fields: if fname in ns and fname in annotations: delattr`.
    let annotations = ns_get(vm, ns, "__annotations__")?;
    for (name, _) in vm.dict_entries(fields)? {
        let Some(annotations) = annotations else {
            break;
        };
        if !ns_has(vm, ns, name)? || !ns_has(vm, annotations, name)? {
            continue;
        }
        let Some(text) = vm.str_value(name) else {
            continue;
        };
        let name = vm.interner.intern(&text);
        if vm
            .class(cls_id)
            .is_some_and(|c| c.attrs.get(name).is_some())
        {
            vm.del_class_attr(cls_id, name)?;
        }
    }
    for (name, value) in [
        ("__pydantic_fields__", fields),
        ("__pydantic_validators__", validators),
        ("__pydantic_serializers__", serializers),
        ("model_config", config),
    ] {
        let name = vm.interner.intern(name);
        vm.set_attr(cls, name, value)?;
    }
    Ok(Value::Bool(true))
}

/// The body's fields in annotation order, or `None` when the body needs the
/// general path (see [`finish_model`]).
fn plan_fields(vm: &mut Vm, ns: Value, kinds: &Kinds) -> RunResult<Option<Vec<Own>>> {
    for (key, value) in vm.dict_entries(ns)? {
        if vm.type_of(value) == kinds.decorator {
            return Ok(None);
        }
        if vm.str_value(key).as_deref() == Some("Config") && value != Value::None {
            return Ok(None);
        }
        if vm.str_value(key).as_deref() == Some("model_config")
            && value != Value::None
            && !is_dict(vm, value)
        {
            return Ok(None);
        }
    }
    let annotations = match ns_get(vm, ns, "__annotations__")? {
        None => return Ok(Some(Vec::new())),
        Some(a) if is_dict(vm, a) => a,
        Some(_) => return Ok(None),
    };
    let origin = vm.interner.intern("__origin__");
    let metadata = vm.interner.intern("__metadata__");
    let mut plan = Vec::new();
    for (name, annotation) in vm.dict_entries(annotations)? {
        let Some(text) = vm.str_value(name) else {
            return Ok(None);
        };
        if text.starts_with('_') || text == "model_config" {
            continue;
        }
        let class = vm.type_of(annotation);
        if class != vm.types.type_ {
            let Some(id) = annotation.as_obj().filter(|_| {
                kinds.aliases.contains(&class) || vm.is_subclass(class, kinds.aliases[0])
            }) else {
                return Ok(None);
            };
            // A generic alias keeps `__origin__` and `__metadata__` in its
            // own dict (its `__getattr__` raises for dunders).
            if vm
                .own_attr(id, origin)?
                .is_some_and(|o| o.is(kinds.class_var))
            {
                continue;
            }
            if vm.own_attr(id, metadata)?.is_some_and(|m| m != Value::None) {
                return Ok(None);
            }
        }
        let value = vm.dict_get(ns_id(ns), name)?;
        let value = value.unwrap_or(kinds.undefined);
        let is_info = vm.is_instance(value, kinds.field_info);
        plan.push(Own {
            name,
            annotation,
            value,
            is_info,
        });
    }
    Ok(Some(plan))
}

/// `(fields, validators, config)` merged from the bases of `cls` (its MRO
/// backwards, `object` left out) as `getattr(base, ..., {})` gives them, or
/// `None` when one is not a dict (a list for validators).
fn merge_bases(vm: &mut Vm, cls: ObjId) -> RunResult<Option<(Value, Value, Value)>> {
    let mro = vm.class(cls).map(|c| c.mro.clone()).unwrap_or_default();
    let names = [
        "__pydantic_fields__",
        "__pydantic_validators__",
        "model_config",
    ]
    .map(|n| vm.interner.intern(n));
    let fields = vm.new_dict();
    let config = vm.new_dict();
    let mut validators = Vec::new();
    for &base in mro.iter().skip(1).rev() {
        if base == vm.types.object {
            continue;
        }
        let base = Value::Obj(base);
        match vm.lookup_attr(base, names[0])? {
            None => {}
            Some(f) if is_dict(vm, f) => vm.dict_update(fields, f)?,
            Some(_) => return Ok(None),
        }
        match vm.lookup_attr(base, names[1])? {
            None => {}
            Some(v) => match v.as_obj().map(|id| vm.heap.get(id)) {
                Some(Object::List(items)) if vm.type_of(v) == vm.types.list => {
                    validators.extend(items.iter().copied());
                }
                _ => return Ok(None),
            },
        }
        // `getattr(base, "model_config", {}) or {}`.
        match vm.lookup_attr(base, names[2])? {
            None | Some(Value::None) => {}
            Some(c) if is_dict(vm, c) => vm.dict_update(config, c)?,
            Some(_) => return Ok(None),
        }
    }
    let validators = vm.new_list(validators);
    Ok(Some((fields, validators, config)))
}

/// Whether `v` is exactly a `dict` (no subclass: its methods could differ).
fn is_dict(vm: &Vm, v: Value) -> bool {
    vm.type_of(v) == vm.types.dict
}

fn ns_id(ns: Value) -> ObjId {
    ns.as_obj().unwrap_or(ObjId::NULL)
}

/// `ns.get(key)` for a `str` key.
fn ns_get(vm: &mut Vm, ns: Value, key: &str) -> RunResult<Option<Value>> {
    let key = vm.new_str(key.to_owned());
    vm.dict_get(ns_id(ns), key)
}

/// `key in d` for a dict `d`.
fn ns_has(vm: &mut Vm, ns: Value, key: Value) -> RunResult<bool> {
    Ok(vm.dict_get(ns_id(ns), key)?.is_some())
}

/// `new_field(FieldInfo, default, kwargs, keys, PydanticUndefined)`: what
/// `Field(default, **kwargs)` returns: a bare `FieldInfo` (as
/// `object.__new__` makes it) with `default` (`Ellipsis`: undefined), then
/// each keyword in `keys` whose value is not `None`, in the order given.
/// Every field of a model with constraints comes here at class creation.
pub(crate) fn new_field(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [field_info, default, kwargs, keys, undefined] = args.exact("new_field")?;
    let Some(class) = field_info.as_obj().filter(|id| vm.class(*id).is_some()) else {
        return Err(RunError::internal("new_field: FieldInfo is not a class"));
    };
    let info = Value::Obj(vm.heap.alloc(Object::Instance(Instance::new(class))));
    let default = if vm.type_of(default) == vm.types.ellipsis_type {
        undefined
    } else {
        default
    };
    let name = vm.interner.intern("default");
    vm.set_attr(info, name, default)?;
    for (key, value) in vm.dict_entries(kwargs)? {
        if value == Value::None || !vm.contains(keys, key)? {
            continue;
        }
        let Some(text) = vm.str_value(key) else {
            continue;
        };
        let name = vm.interner.intern(&text);
        vm.set_attr(info, name, value)?;
    }
    Ok(info)
}
