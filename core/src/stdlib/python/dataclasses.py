"""Data classes (after CPython's dataclasses.py, without exec: the generated methods are shared
functions that read the class's fields at call time)."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return f'dataclasses.InitVar[{getattr(self.type, "__name__", self.type)}]'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    return repr(tp).startswith('typing.ClassVar')


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return tp is InitVar or isinstance(tp, InitVar)


def _own_annotations(cls):
    try:
        return cls.__dict__.get('__annotations__', {})
    except AttributeError:
        pass
    annotations = getattr(cls, '__annotations__', {}) or {}
    for base in cls.__mro__[1:]:
        if getattr(base, '__annotations__', None) is annotations:
            return {}
    return annotations


def _set(obj, name, value):
    try:
        object.__setattr__(obj, name, value)
    except AttributeError:
        setattr(obj, name, value)


def _generated(func):
    func._dataclass_generated = True
    return func


def _init_fields(cls):
    return [f for f in cls.__dataclass_fields__.values() if f._field_type != 'classvar' and f.init]


def _takes(low, high):
    if low == high:
        return f'takes {high} positional argument{"" if high == 1 else "s"}'
    return f'takes from {low} to {high} positional arguments'


@_generated
def __init__(self, *args, **kwargs):
    cls = type(self)
    flds = _init_fields(cls)
    positional = [f for f in flds if not f.kw_only]
    if len(args) > len(positional):
        required = sum(1 for f in positional
                       if f.default is MISSING and f.default_factory is MISSING)
        raise TypeError(f'{cls.__qualname__}.__init__() '
                        f'{_takes(required + 1, len(positional) + 1)} but {len(args) + 1} '
                        f'{"was" if len(args) == 0 else "were"} given')
    values = {}
    for f, value in zip(positional, args):
        values[f.name] = value
    missing = []
    missing_kw = []
    for f in flds:
        if f.name in values:
            if f.name in kwargs:
                raise TypeError(f"{cls.__qualname__}.__init__() got multiple values for "
                                f"argument '{f.name}'")
            continue
        if f.name in kwargs:
            values[f.name] = kwargs.pop(f.name)
        elif f.default is not MISSING:
            values[f.name] = f.default
        elif f.default_factory is not MISSING:
            values[f.name] = f.default_factory()
        elif f.kw_only:
            missing_kw.append(f.name)
        else:
            missing.append(f.name)
    if kwargs:
        raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword argument "
                        f"'{next(iter(kwargs))}'")
    for names, kind in ((missing, 'positional'), (missing_kw, 'keyword-only')):
        if names:
            quoted = [repr(n) for n in names]
            listed = quoted[0] if len(quoted) == 1 else ', '.join(quoted[:-1]) + ' and ' + quoted[-1]
            s = '' if len(names) == 1 else 's'
            raise TypeError(f'{cls.__qualname__}.__init__() missing {len(names)} required '
                            f'{kind} argument{s}: {listed}')
    init_vars = []
    for f in flds:
        if f._field_type == 'initvar':
            init_vars.append(values[f.name])
        else:
            _set(self, f.name, values[f.name])
    for f in cls.__dataclass_fields__.values():
        if not f.init and f._field_type is None:
            if f.default_factory is not MISSING:
                _set(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                _set(self, f.name, f.default)
    post_init = getattr(self, '__post_init__', None)
    if post_init is not None:
        post_init(*init_vars)


def _data_fields(obj):
    return [f for f in type(obj).__dataclass_fields__.values() if f._field_type is None]


@_generated
def __repr__(self):
    parts = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in _data_fields(self) if f.repr)
    return f'{type(self).__qualname__}({parts})'


def _compare_tuple(obj):
    return tuple(getattr(obj, f.name) for f in _data_fields(obj) if f.compare)


@_generated
def __eq__(self, other):
    if other.__class__ is self.__class__:
        return _compare_tuple(self) == _compare_tuple(other)
    return NotImplemented


@_generated
def __lt__(self, other):
    if other.__class__ is self.__class__:
        return _compare_tuple(self) < _compare_tuple(other)
    return NotImplemented


@_generated
def __le__(self, other):
    if other.__class__ is self.__class__:
        return _compare_tuple(self) <= _compare_tuple(other)
    return NotImplemented


@_generated
def __gt__(self, other):
    if other.__class__ is self.__class__:
        return _compare_tuple(self) > _compare_tuple(other)
    return NotImplemented


@_generated
def __ge__(self, other):
    if other.__class__ is self.__class__:
        return _compare_tuple(self) >= _compare_tuple(other)
    return NotImplemented


@_generated
def __hash__(self):
    return hash(tuple(getattr(self, f.name) for f in _data_fields(self)
                      if (f.compare if f.hash is None else f.hash)))


@_generated
def __setattr__(self, name, value):
    if name in type(self).__dataclass_fields__:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    _set(self, name, value)


@_generated
def __delattr__(self, name):
    if name in type(self).__dataclass_fields__:
        raise FrozenInstanceError(f"cannot delete field {name!r}")
    object.__delattr__(self, name)


def _user_defined(cls, name):
    try:
        return name in cls.__dict__
    except AttributeError:
        pass
    value = getattr(cls, name, None)
    return (value is not None and value is not getattr(object, name, None)
            and not getattr(value, '_dataclass_generated', False))


def _collect_fields(cls, kw_only):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            fields.update(base_fields)
    seen_kw_only = kw_only
    for name, tp in _own_annotations(cls).items():
        if tp is KW_ONLY or tp == 'KW_ONLY':
            seen_kw_only = True
            continue
        default = getattr(cls, name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = tp
        if _is_classvar(tp):
            f._field_type = 'classvar'
        elif _is_initvar(tp):
            f._field_type = 'initvar'
        if f.kw_only is MISSING:
            f.kw_only = seen_kw_only
        if f._field_type is None and f.default_factory is MISSING and \
                isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not '
                             'allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


class _DataclassParams:
    """`cls.__dataclass_params__`: the decorator's arguments."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    seen_default = None
    for f in fields.values():
        if f._field_type == 'classvar' or not f.init or f.kw_only:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default is not None:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        else:
            seen_default = f
    if init and not _user_defined(cls, '__init__'):
        cls.__init__ = __init__
    if repr and not _user_defined(cls, '__repr__'):
        cls.__repr__ = __repr__
    if eq and not _user_defined(cls, '__eq__'):
        cls.__eq__ = __eq__
    if order:
        for name, fn in (('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__),
                         ('__ge__', __ge__)):
            if _user_defined(cls, name):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
            setattr(cls, name, fn)
    if frozen:
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = __hash__
    elif eq and not _user_defined(cls, '__hash__'):
        cls.__hash__ = None
    if match_args:
        cls.__match_args__ = tuple(f.name for f in fields.values()
                                   if f.init and not f.kw_only and f._field_type is None)
    return cls


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__', ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _add_slots(cls, weakref_slot):
    """A new class like `cls` with `__slots__` for its fields (CPython's `slots=True`)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                             kw_only)
        if slots:
            cls = _add_slots(cls, weakref_slot)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is None)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in type(obj).__dataclass_fields__.values():
        if f._field_type == 'classvar':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    raise NotImplementedError("make_dataclass is not supported")
