"""pydantic (v2 subset): BaseModel, Field, ValidationError, validators.

Validation follows pydantic v2's lax mode: "5" -> 5 for an int field, 1 -> 1.0
for a float, "yes" -> True for a bool; errors carry pydantic-core's exact
types, messages, locations and display format.
"""

import json as _json
import typing as _typing

__all__ = ["BaseModel", "Field", "ValidationError", "field_validator",
           "model_validator", "ConfigDict", "validator", "root_validator"]

VERSION = "2.10.4"
from pydantic_core import (PydanticUndefined, PydanticUndefinedType, ValidationError,
                           PydanticCustomError, _Err, _err, _MISSING, _check_constraints,
                           _validate_int, _validate_float, _validate_bool, _validate_str,
                           _literal_text)
from _pydantic_native import finish_model as _finish_model, new_field as _new_field


_FIELD_KEYS = frozenset((
    "default_factory", "alias", "validation_alias", "serialization_alias", "title",
    "description", "examples", "gt", "ge", "lt", "le", "multiple_of", "min_length",
    "max_length", "pattern", "exclude", "frozen", "annotation"))


class FieldInfo:
    # Every setting defaults to None at class level: an instance stores only
    # what was given (most fields set one or two), so building a model's
    # fields at class creation stays cheap. Other keywords (strict,
    # json_schema_extra, max_digits, ...) are accepted and not kept.
    default_factory = alias = validation_alias = serialization_alias = None
    title = description = examples = None
    gt = ge = lt = le = multiple_of = min_length = max_length = pattern = None
    exclude = frozen = annotation = None

    def __init__(self, default=PydanticUndefined, **kwargs):
        _fill_field(self, default, kwargs)

    def is_required(self):
        return self.default is PydanticUndefined and self.default_factory is None

    def get_default(self, call_default_factory=False):
        if self.default_factory is not None:
            return self.default_factory() if call_default_factory else None
        return self.default

    def __repr__(self):
        parts = ["annotation=%s" % _type_repr(self.annotation),
                 "required=%s" % self.is_required()]
        if self.default is not PydanticUndefined:
            parts.append("default=%r" % (self.default,))
        if self.default_factory is not None:
            parts.append("default_factory=%s" % self.default_factory.__name__)
        if self.alias is not None:
            parts.append("alias=%r" % self.alias)
        return "FieldInfo(%s)" % ", ".join(parts)


def _annotated_info(metadata, value):
    """The field of `x: Annotated[T, Field(...), ...] = value`: the `Field`s
    in the metadata merged in order, then what the assignment gives."""
    info = FieldInfo()
    for meta in metadata:
        if isinstance(meta, FieldInfo):
            info.__dict__.update(meta.__dict__)
    if isinstance(value, FieldInfo):
        default = info.default
        info.__dict__.update(value.__dict__)
        if info.default is PydanticUndefined:
            info.default = default
    elif value is not PydanticUndefined:
        info.default = value
    return info


def _type_repr(tp):
    if isinstance(tp, type):
        return tp.__name__
    return repr(tp).replace("typing.", "")


def Field(default=PydanticUndefined, **kwargs):
    """A field's default and constraints (`Field(gt=0)`, `Field(default_factory=list)`)."""
    # A bare instance filled as `FieldInfo.__init__` fills one, natively:
    # calling `FieldInfo(default, **kwargs)` would copy the keywords into a
    # second dict (a model's every field comes here).
    return _new_field(FieldInfo, default, kwargs, _FIELD_KEYS, PydanticUndefined)


def _fill_field(info, default, kwargs):
    """Stores a field's default and the settings given (`None`: not given)."""
    if default is Ellipsis:
        default = PydanticUndefined
    info.default = default
    for key, value in kwargs.items():
        if value is not None and key in _FIELD_KEYS:
            setattr(info, key, value)


def ConfigDict(**kwargs):
    return dict(kwargs)


class _Decorator:
    def __init__(self, kind, func, fields, mode, check_fields=None):
        self.kind = kind
        if isinstance(func, (classmethod, staticmethod)):
            func = func.__func__
        self.func = func
        self.fields = fields
        self.mode = mode


def field_validator(*fields, mode="after", check_fields=None):
    def wrap(func):
        return _Decorator("field", func, fields, mode)
    return wrap


def validator(*fields, pre=False, always=False, **kw):
    return field_validator(*fields, mode="before" if pre else "after")


def model_validator(mode="after"):
    def wrap(func):
        return _Decorator("model", func, (), mode)
    return wrap


def root_validator(*args, pre=False, **kw):
    if args and callable(args[0]):
        return _Decorator("model", args[0], (), "before")
    def wrap(func):
        return _Decorator("model", func, (), "before" if pre else "after")
    return wrap


def field_serializer(*fields, mode="plain", when_used="always"):
    def wrap(func):
        return _Decorator("serializer", func, fields, mode)
    return wrap


def computed_field(func=None, **kw):
    def wrap(f):
        prop = f if isinstance(f, property) else property(f)
        prop.__pydantic_computed__ = True
        return prop
    return wrap(func) if func is not None else wrap


class ValidationInfo:
    def __init__(self, data, field_name):
        self.data = data
        self.field_name = field_name
        self.mode = "python"
        self.context = None


_GenericAlias = _typing._GenericAlias
_UnionAlias = _typing._UnionAlias

# `BaseModel` once it exists (`_ModelMeta.__new__` creates it first).
_BASE = [None]


class _ModelMeta(type):
    """Collects fields, defaults and validators when a model class is created."""

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        # The common model (plain class and generic annotations, no
        # validators, no `Config`) is finished natively, exactly as below.
        if mcls is _ModelMeta and _finish_model(
                cls, ns, FieldInfo, _Decorator, _GenericAlias, _UnionAlias,
                _typing.ClassVar, PydanticUndefined):
            return cls
        fields = {}
        validators = []
        serializers = {}
        config = {}
        for base in reversed(cls.__mro__[1:]):
            if base is object:
                continue
            # `BaseModel` itself contributes nothing while its fields,
            # validators and config are empty (the common direct subclass:
            # three attribute loads instead of three getattr calls and updates).
            if base is _BASE[0] and not (base.__pydantic_fields__
                                         or base.__pydantic_validators__
                                         or base.model_config):
                continue
            fields.update(getattr(base, "__pydantic_fields__", {}))
            validators.extend(getattr(base, "__pydantic_validators__", []))
            config.update(getattr(base, "model_config", {}) or {})
        own_config = ns.get("model_config")
        if own_config:
            config.update(own_config)
        old = ns.get("Config")
        if old is not None:
            for key in dir(old):
                if not key.startswith("_"):
                    config[key] = getattr(old, key)
        annotations = ns.get("__annotations__", {})
        for fname, ann in annotations.items():
            if fname.startswith("_") or fname == "model_config":
                continue
            # A plain class is never ClassVar[...] (checked first: most fields).
            if ann.__class__ is not type and (
                    ann is _typing.ClassVar
                    or getattr(ann, "__origin__", None) is _typing.ClassVar):
                continue
            value = ns.get(fname, PydanticUndefined)
            if ann.__class__ is type:
                metadata = None
            elif ann.__class__ is _GenericAlias:
                # Only an instance's own `__metadata__` (`__getattr__` raises
                # for dunders): no AttributeError raised and caught.
                metadata = ann.__dict__.get("__metadata__")
            else:
                metadata = getattr(ann, "__metadata__", None)
            if metadata is not None:
                ann, info = ann.__origin__, _annotated_info(metadata, value)
            elif isinstance(value, FieldInfo):
                info = value
            else:
                info = FieldInfo(value)
            info.annotation = ann
            fields[fname] = info
        for key, value in list(ns.items()):
            if value.__class__ is _Decorator:
                if value.kind == "serializer":
                    for f in value.fields:
                        serializers[f] = value.func
                else:
                    validators.append(value)
                try:
                    delattr(cls, key)
                except AttributeError:
                    pass
        for fname in fields:
            if fname in ns and fname in annotations:
                try:
                    delattr(cls, fname)
                except AttributeError:
                    pass
        cls.__pydantic_fields__ = fields
        cls.__pydantic_validators__ = validators
        cls.__pydantic_serializers__ = dict(
            getattr(cls, "__pydantic_serializers__", {}), **serializers)
        cls.model_config = config
        return cls

    @property
    def model_fields(cls):
        return cls.__pydantic_fields__


def _set_state(obj, values, fields_set):
    """Stores validated field values (and which were given) on a model instance."""
    state = obj.__dict__
    state.clear()
    state.update(values)
    state["__pydantic_fields_set__"] = fields_set


def _field_values(obj):
    return {k: v for k, v in obj.__dict__.items() if k != "__pydantic_fields_set__"}


def _is_model(tp):
    return isinstance(tp, type) and issubclass(tp, BaseModel)


class BaseModel(metaclass=_ModelMeta):
    """A data model: annotated fields are validated on construction."""

    model_config = {}

    def __init__(self, **data):
        values, fields_set = _validate_model_fields(type(self), data)
        _set_state(self, values, fields_set)
        _run_model_after(self, data)

    @classmethod
    def model_validate(cls, obj, strict=None, from_attributes=None, context=None):
        if isinstance(obj, cls):
            return obj
        try:
            return _validate_model(cls, obj, ())
        except _Err as e:
            raise ValidationError(cls.__name__, e.errors) from None

    @classmethod
    def model_validate_json(cls, data, strict=None, context=None):
        try:
            obj = _json.loads(data)
        except ValueError as e:
            raise ValidationError(cls.__name__, [{
                "type": "json_invalid", "loc": [], "msg": "Invalid JSON: " + str(e),
                "input": data, "ctx": {"error": str(e)}}]) from None
        return cls.model_validate(obj)

    @classmethod
    def model_construct(cls, _fields_set=None, **values):
        obj = object.__new__(cls)
        data = {}
        for name, info in cls.__pydantic_fields__.items():
            if name in values:
                data[name] = values[name]
            elif not info.is_required():
                data[name] = info.get_default(call_default_factory=True)
        _set_state(obj, data, set(values))
        return obj

    @property
    def model_fields_set(self):
        return self.__pydantic_fields_set__

    def model_dump(self, mode="python", include=None, exclude=None, by_alias=False,
                   exclude_unset=False, exclude_defaults=False, exclude_none=False):
        out = {}
        fields = type(self).__pydantic_fields__
        serializers = type(self).__pydantic_serializers__
        for name, info in fields.items():
            if include is not None and name not in include:
                continue
            if exclude is not None and name in exclude and not isinstance(exclude, dict):
                continue
            if info.exclude:
                continue
            if exclude_unset and name not in self.__pydantic_fields_set__:
                continue
            value = self.__dict__.get(name)
            if exclude_none and value is None:
                continue
            if exclude_defaults and not info.is_required() and value == info.get_default(True):
                continue
            key = (info.serialization_alias or info.alias or name) if by_alias else name
            if name in serializers:
                value = serializers[name](self, value)
            sub_inc = include.get(name) if isinstance(include, dict) else None
            sub_exc = exclude.get(name) if isinstance(exclude, dict) else None
            out[key] = _dump_value(value, mode, by_alias, exclude_none, sub_inc, sub_exc)
        if type(self).model_config.get("extra") == "allow":
            for key, value in _field_values(self).items():
                if key not in fields:
                    out[key] = _dump_value(value, mode, by_alias, exclude_none)
        for attr in dir(type(self)):
            prop = getattr(type(self), attr, None)
            if isinstance(prop, property) and getattr(prop, "__pydantic_computed__", False):
                out[attr] = _dump_value(getattr(self, attr), mode, by_alias, exclude_none)
        return out

    def model_dump_json(self, indent=None, include=None, exclude=None, by_alias=False,
                        exclude_unset=False, exclude_defaults=False, exclude_none=False):
        data = self.model_dump(mode="json", include=include, exclude=exclude,
                               by_alias=by_alias, exclude_unset=exclude_unset,
                               exclude_defaults=exclude_defaults, exclude_none=exclude_none)
        if indent is None:
            return _json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return _json.dumps(data, ensure_ascii=False, indent=indent)

    def model_copy(self, update=None, deep=False):
        cls = type(self)
        obj = object.__new__(cls)
        data = _field_values(self)
        if deep:
            import copy
            data = copy.deepcopy(data)
        if update:
            data.update(update)
        _set_state(obj, data, set(self.__pydantic_fields_set__) | set(update or {}))
        return obj

    @classmethod
    def model_json_schema(cls):
        props = {}
        required = []
        for name, info in cls.__pydantic_fields__.items():
            props[name] = {"title": name.replace("_", " ").title()}
            if info.is_required():
                required.append(name)
        schema = {"properties": props, "title": cls.__name__, "type": "object"}
        if required:
            schema["required"] = required
        return schema

    # pydantic v1 names, still common in generated code
    def dict(self, **kwargs):
        return self.model_dump(**kwargs)

    def json(self, **kwargs):
        return self.model_dump_json(**kwargs)

    @classmethod
    def parse_obj(cls, obj):
        return cls.model_validate(obj)

    def copy(self, update=None, deep=False):
        return self.model_copy(update=update, deep=deep)

    def __setattr__(self, name, value):
        fields = type(self).__pydantic_fields__
        if type(self).model_config.get("frozen"):
            raise ValidationError(type(self).__name__, [{
                "type": "frozen_instance", "loc": [name],
                "msg": "Instance is frozen", "input": value}])
        if name in fields and type(self).model_config.get("validate_assignment"):
            try:
                value = _validate_field(type(self), name, fields[name], value, self.__dict__)
            except _Err as e:
                raise ValidationError(type(self).__name__, e.errors) from None
        elif name not in fields and not name.startswith("_"):
            if not hasattr(type(self), name):
                raise ValueError('"%s" object has no field "%s"' % (type(self).__name__, name))
        self.__dict__[name] = value
        if name in fields:
            self.__pydantic_fields_set__.add(name)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return _field_values(self) == _field_values(other)

    def __repr_args__(self):
        extra = type(self).model_config.get("extra") == "allow"
        return [(k, v) for k, v in _field_values(self).items()
                if extra or k in type(self).__pydantic_fields__]

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % kv for kv in self.__repr_args__()))

    def __str__(self):
        return " ".join("%s=%r" % kv for kv in self.__repr_args__())

    def __iter__(self):
        return iter(self.__repr_args__())

    def __getstate__(self):
        return self.__dict__


_BASE[0] = BaseModel


def _dump_value(value, mode, by_alias=False, exclude_none=False, include=None, exclude=None):
    if isinstance(value, BaseModel):
        return value.model_dump(mode=mode, by_alias=by_alias, exclude_none=exclude_none,
                                include=include, exclude=exclude)
    if isinstance(value, dict):
        return {_dump_value(k, mode): _dump_value(v, mode, by_alias, exclude_none)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_dump_value(v, mode, by_alias, exclude_none) for v in value]
    if isinstance(value, tuple):
        items = [_dump_value(v, mode, by_alias, exclude_none) for v in value]
        return items if mode == "json" else tuple(items)
    if isinstance(value, (set, frozenset)):
        items = [_dump_value(v, mode, by_alias, exclude_none) for v in value]
        return items if mode == "json" else type(value)(items)
    if mode == "json":
        return _json_scalar(value)
    return value


def _json_scalar(value):
    if hasattr(type(value), "__members__") and hasattr(value, "value"):
        return value.value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and hasattr(type(value), "__members__"):
        return value.value
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _alias_key(info, name, data):
    alias = info.validation_alias or info.alias
    if alias is not None and alias in data:
        return alias
    if name in data and (alias is None or True):
        return name
    return alias if alias is not None else name


def _validate_model_fields(cls, data):
    """Validates `data` (a dict) against `cls`'s fields: (values, fields_set)."""
    for dec in cls.__pydantic_validators__:
        if dec.kind == "model" and dec.mode == "before":
            data = _call_before_model(cls, dec, data)
    if not isinstance(data, dict):
        raise ValidationError(cls.__name__, [{
            "type": "model_type", "loc": [],
            "msg": "Input should be a valid dictionary or instance of " + cls.__name__,
            "input": data, "ctx": {"class_name": cls.__name__}}])
    try:
        return _fields_from_dict(cls, data, ())
    except _Err as e:
        raise ValidationError(cls.__name__, e.errors) from None


def _call_before_model(cls, dec, data):
    try:
        return dec.func(cls, data)
    except (ValueError, AssertionError) as e:
        raise ValidationError(cls.__name__, [_validator_error(e, data, [])]) from None


def _fields_from_dict(cls, data, loc):
    values = {}
    fields_set = set()
    errors = []
    for name, info in cls.__pydantic_fields__.items():
        key = _alias_key(info, name, data)
        if key in data:
            fields_set.add(name)
            try:
                values[name] = _validate_field(cls, name, info, data[key], values)
            except _Err as e:
                for item in e.errors:
                    item["loc"] = list(loc) + [key] + item["loc"]
                errors.extend(e.errors)
        elif info.is_required():
            errors.append({"type": "missing", "loc": list(loc) + [key],
                           "msg": "Field required", "input": data})
        else:
            values[name] = info.get_default(call_default_factory=True)
            if cls.model_config.get("validate_default"):
                values[name] = _validate_field(cls, name, info, values[name], values)
    if cls.model_config.get("extra") == "forbid":
        known = set()
        for name, info in cls.__pydantic_fields__.items():
            known.add(_alias_key(info, name, data))
        for key in data:
            if key not in known:
                errors.append({"type": "extra_forbidden", "loc": list(loc) + [key],
                               "msg": "Extra inputs are not permitted", "input": data[key]})
    elif cls.model_config.get("extra") == "allow":
        for key in data:
            if key not in values:
                values[key] = data[key]
    if errors:
        raise _Err(errors)
    return values, fields_set


_FROM_ATTRIBUTES = [False]


def _validate_model(cls, value, loc):
    """A nested model from a dict or an instance (errors relative to `loc`)."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, dict) and _FROM_ATTRIBUTES[0]:
        raise _err("model_attributes_type", "Input should be a valid dictionary or object to "
                   "extract fields from", value)
    if not isinstance(value, dict):
        for dec in cls.__pydantic_validators__:
            if dec.kind == "model" and dec.mode == "before":
                value = dec.func(cls, value)
        if not isinstance(value, dict):
            raise _err("model_type", "Input should be a valid dictionary or instance of "
                       + cls.__name__, value, ctx={"class_name": cls.__name__})
    else:
        for dec in cls.__pydantic_validators__:
            if dec.kind == "model" and dec.mode == "before":
                try:
                    value = dec.func(cls, value)
                except (ValueError, AssertionError) as e:
                    raise _Err([_validator_error(e, value, [])]) from None
    values, fields_set = _fields_from_dict(cls, value, ())
    obj = object.__new__(cls)
    _set_state(obj, values, fields_set)
    try:
        _run_model_after(obj, value)
    except ValidationError as e:
        raise _Err(e._errors) from None
    return obj


def _run_model_after(obj, given=_MISSING):
    cls = type(obj)
    if given is _MISSING:
        given = obj
    for dec in cls.__pydantic_validators__:
        if dec.kind == "model" and dec.mode == "after":
            try:
                result = dec.func(obj)
            except (ValueError, AssertionError) as e:
                if isinstance(e, ValidationError):
                    raise
                raise ValidationError(cls.__name__, [
                    _validator_error(e, given, [])]) from None
            if result is not None and result is not obj and isinstance(result, cls):
                _set_state(obj, _field_values(result), result.__pydantic_fields_set__)


def _validator_error(exc, value, loc):
    if isinstance(exc, PydanticCustomError):
        item = {"type": exc.type, "loc": list(loc), "msg": exc.message(), "input": value}
        if exc.context:
            item["ctx"] = exc.context
        return item
    if isinstance(exc, AssertionError):
        text = str(exc)
        return {"type": "assertion_error", "loc": list(loc),
                "msg": "Assertion failed, " + text, "input": value,
                "ctx": {"error": exc}}
    text = str(exc)
    return {"type": "value_error", "loc": list(loc), "msg": "Value error, " + text,
            "input": value, "ctx": {"error": exc}}


def _call_field_validator(cls, dec, value, name, values):
    info = ValidationInfo(values, name)
    func = dec.func
    argc = func.__code__.co_argcount
    try:
        if argc >= 3:
            return func(cls, value, info)
        return func(cls, value)
    except (ValueError, AssertionError) as e:
        if isinstance(e, ValidationError):
            raise _Err(e._errors) from None
        raise _Err([_validator_error(e, value, [])]) from None


def _validate_field(cls, name, info, value, values):
    decs = [d for d in cls.__pydantic_validators__
            if d.kind == "field" and (name in d.fields or "*" in d.fields)]
    for dec in decs:
        if dec.mode in ("before", "wrap"):
            value = _call_field_validator(cls, dec, value, name, values)
    plain = [d for d in decs if d.mode == "plain"]
    if plain:
        value = _call_field_validator(cls, plain[0], value, name, values)
    else:
        strip = cls.model_config.get("str_strip_whitespace")
        if strip and isinstance(value, str):
            value = value.strip()
        original = value
        value = validate_value(value, info.annotation)
        _check_constraints(info, value, original)
    for dec in decs:
        if dec.mode == "after":
            value = _call_field_validator(cls, dec, value, name, values)
    return value


def _validate_items(items, item_type):
    out = []
    errors = []
    for i, item in enumerate(items):
        try:
            out.append(validate_value(item, item_type))
        except _Err as e:
            for err in e.errors:
                err["loc"] = [i] + err["loc"]
            errors.extend(e.errors)
    if errors:
        raise _Err(errors)
    return out


def _validate_dict(value, args):
    if not isinstance(value, dict):
        raise _err("dict_type", "Input should be a valid dictionary", value)
    if not args:
        return dict(value)
    key_type, value_type = args
    out = {}
    errors = []
    for k, v in value.items():
        try:
            k2 = validate_value(k, key_type)
        except _Err as e:
            for err in e.errors:
                err["loc"] = [k, "[key]"] + err["loc"]
            errors.extend(e.errors)
            continue
        try:
            out[k2] = validate_value(v, value_type)
        except _Err as e:
            for err in e.errors:
                err["loc"] = [k] + err["loc"]
            errors.extend(e.errors)
    if errors:
        raise _Err(errors)
    return out


def _union_name(tp):
    if isinstance(tp, type):
        return tp.__name__
    origin = _typing.get_origin(tp)
    if origin is not None:
        return repr(tp).replace("typing.", "")
    return repr(tp)


def _validate_union(value, args):
    nullable = type(None) in args
    rest = [a for a in args if a is not type(None)]
    if value is None and nullable:
        return None
    # exact type match first (pydantic's smart mode)
    for tp in rest:
        if isinstance(tp, type) and type(value) is tp:
            return value
    if len(rest) == 1:
        return validate_value(value, rest[0])
    errors = []
    for tp in rest:
        try:
            return validate_value(value, tp)
        except _Err as e:
            for err in e.errors:
                err["loc"] = [_union_name(tp)] + err["loc"]
            errors.extend(e.errors)
    raise _Err(errors)


def validate_value(value, tp):
    """`value` coerced to annotation `tp` in lax mode; raises `_Err` (relative locations)."""
    if tp is int:
        return _validate_int(value)
    if tp is str:
        return _validate_str(value)
    if tp is float:
        return _validate_float(value)
    if tp is bool:
        return _validate_bool(value)
    if tp is _typing.Any or tp is object or tp is None and False:
        return value
    if tp is None or tp is type(None):
        if value is None:
            return None
        raise _err("none_required", "Input should be None", value)
    if _is_model(tp):
        return _validate_model(tp, value, ())
    origin = _typing.get_origin(tp)
    args = _typing.get_args(tp)
    if origin is _typing.Union or (origin is not None and repr(origin) == "<class 'types.UnionType'>"):
        return _validate_union(value, args)
    if origin is _typing.Literal:
        if value in args:
            for a in args:
                if a == value and type(a) is type(value):
                    return a
        raise _err("literal_error", "Input should be " + _literal_text(args), value,
                   ctx={"expected": _literal_text(args)})
    if tp is list or origin is list:
        if not isinstance(value, (list, tuple, set, frozenset)):
            raise _err("list_type", "Input should be a valid list", value)
        return _validate_items(value, args[0]) if args else list(value)
    if tp is tuple or origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise _err("tuple_type", "Input should be a valid tuple", value)
        if not args:
            return tuple(value)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_validate_items(value, args[0]))
        return tuple(validate_value(v, t) for v, t in zip(value, args))
    if tp is set or origin is set:
        if not isinstance(value, (list, tuple, set, frozenset)):
            raise _err("set_type", "Input should be a valid set", value)
        return set(_validate_items(value, args[0]) if args else value)
    if tp is dict or origin is dict:
        return _validate_dict(value, args)
    if isinstance(tp, type) and hasattr(tp, "__members__"):
        for member in tp:
            if member.value == value or member is value:
                return member
        base = int if issubclass(tp, int) else float if issubclass(tp, float) else None
        if base is not None and isinstance(value, str):
            try:
                coerced = _validate_int(value) if base is int else _validate_float(value)
            except _Err:
                coerced = None
            for member in tp:
                if coerced is not None and member.value == coerced:
                    return member
        choices = [m.value for m in tp]
        raise _err("enum", "Input should be " + _literal_text(choices), value,
                   ctx={"expected": _literal_text(choices)})
    if isinstance(tp, type) and tp.__name__ in ("datetime", "date"):
        if isinstance(value, tp):
            return value
        if isinstance(value, str):
            try:
                return tp.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                pass
        kind = tp.__name__
        raise _err(kind + "_parsing" if isinstance(value, str) else kind + "_type",
                   "Input should be a valid " + kind, value)
    if isinstance(tp, type):
        if isinstance(value, tp):
            return value
        raise _err("is_instance_of", "Input should be an instance of " + tp.__name__, value,
                   ctx={"class": tp.__name__})
    return value


class TypeAdapter:
    def __init__(self, tp):
        self.tp = tp

    def validate_python(self, value):
        try:
            return validate_value(value, self.tp)
        except _Err as e:
            raise ValidationError(_union_name(self.tp), e.errors) from None

    def dump_python(self, value, mode="python"):
        return _dump_value(value, mode)


EmailStr = str
HttpUrl = str
AnyUrl = str
