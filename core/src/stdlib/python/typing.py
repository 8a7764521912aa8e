"""Names for type hints, usable in annotations and at run time (reprs as CPython's typing).

Subscripting gives alias objects that remember their origin and arguments; none of this checks
types. A class statement resolves alias bases through their __mro_entries__ (Generic[T]).
"""

import collections as _collections
from collections import abc as _abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()) if not isinstance(t, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    """`arg` with its type variables replaced as `mapping` says (`List[T]` with T=int)."""
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    params = getattr(arg, '__parameters__', ())
    if params and not isinstance(arg, type):
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


# CPython's `_tp_cache`: subscribing an object twice with the same hashable
# parameters gives the same alias (`Optional[str] is Optional[str]`), so every
# annotation after the first costs one dict lookup. Entries are keyed by the
# subscripted object's id (the entry keeps it alive) and `key`, the parameters
# by default; Literal's key also has each parameter's type (`Literal[1]` is
# not `Literal[True]`), as its `typed=True` cache does. Past _TP_CACHE_SIZE the
# oldest entry goes.
_tp_cache = {}
_TP_CACHE_SIZE = 1024


def _tp_cached(owner, parameters, make, typed=False, key=None):
    if key is None:
        key = parameters
    try:
        if typed:
            key = (key, tuple(map(type, key)) if key.__class__ is tuple else type(key))
        key = (id(owner), key)
        hit = _tp_cache.get(key)
    except TypeError:
        # Unhashable parameters: built every time, as CPython does.
        return make(owner, parameters)
    if hit is not None:
        return hit[1]
    alias = make(owner, parameters)
    if len(_tp_cache) >= _TP_CACHE_SIZE:
        del _tp_cache[next(iter(_tp_cache))]
    _tp_cache[key] = (owner, alias)
    return alias


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return _tp_cached(self, parameters, self._getitem, self._name == 'Literal')

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        if self._name == 'Any':
            # 3.11's Any is a class (metaclass _AnyMeta): only isinstance refuses it.
            return False
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __hash__(self):
        return hash(self._name)


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, special=False):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name
        self._special = special
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self._special:
            return name
        if self._name == 'Callable' and len(self.__args__) == 2 and (
                self.__args__[0] is ... or isinstance(self.__args__[0], list)):
            return f'{name}[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __getitem__(self, params):
        key = params
        if self._name == 'Callable' and params.__class__ is tuple and len(params) == 2 \
                and params[0].__class__ is list:
            # CPython caches `Callable[[int], str]` with its argument list as a tuple.
            key = ((list, tuple(params[0])), params[1])
        return _tp_cached(self, params, _alias_getitem, key=key)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not callable(origin) or isinstance(origin, _SpecialForm):
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {getattr(origin, '__name__', self._name)}() instead"
                            if origin is not None else f"Type {self._name} cannot be instantiated")
        result = origin(*args, **kwargs)
        if not self._name:
            try:
                result.__orig_class__ = self
            except AttributeError:
                pass
        return result

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        # The dunder test first: a probe for `__metadata__` or `__set_name__`
        # then reads no `__dict__`.
        if not (attr.startswith('__') and attr.endswith('__')) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        if self._special and isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        if self._special and isinstance(self.__origin__, type):
            return issubclass(cls, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if self._name:
            return (origin,) if isinstance(origin, type) else ()
        if origin is Generic:
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and b.__origin__ is Protocol:
                    return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self and not b._name:
                    return ()
        return (origin,)


def _alias_getitem(self, params):
    """`self[params]` for an alias (`List[int]`, `Dict[str, T][int]`), once per
    parameters (`_GenericAlias.__getitem__` caches it)."""
    if not isinstance(params, tuple):
        params = (params,)
    if self._special:
        return _GenericAlias(self.__origin__, params, self._name)
    if self.__parameters__:
        expected = len(self.__parameters__)
        if len(params) != expected:
            raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments"
                            f" for {self}; actual {len(params)}, expected {expected}")
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(_substitute(a, mapping) for a in self.__args__)
        if self.__origin__ is Union:
            return Union[args]
        return _GenericAlias(self.__origin__, args, self._name)
    return _GenericAlias(self.__origin__, params, self._name)


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            candidates = p.__args__
        else:
            candidates = (type(None) if p is None else p,)
        for c in candidates:
            if c not in out:
                out.append(c)
    return tuple(out)


class _UnionAlias(_GenericAlias):
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    args = _flatten_union(parameters)
    if len(args) == 1:
        return args[0]
    optional = len(args) == 2 and type(None) in args
    return _UnionAlias(Union, args, 'Optional' if optional else 'Union')


def _optional_getitem(self, parameters):
    return Union[parameters, type(None)]


class _LiteralAlias(_GenericAlias):
    """`Literal[...]`: its values compare and hash with their types
    (`Literal[1] != Literal[True]`) and in any order."""

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == \
            set(_value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


def _literal_getitem(self, parameters):
    """`Literal[...]`: nested literals flattened, repeated values (same value
    and type) dropped, the first of each kept."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        seen = set()
        unique = []
        for p in flat:
            key = (p, type(p))
            if key not in seen:
                seen.add(key)
                unique.append(p)
        flat = unique
    except TypeError:
        # An unhashable value: kept as given.
        pass
    return _LiteralAlias(self, tuple(flat), 'Literal')


def _generic_form_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _generic_form_getitem)
Final = _SpecialForm('Final', _generic_form_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
TypeGuard = _SpecialForm('TypeGuard', _generic_form_getitem)
Concatenate = _SpecialForm('Concatenate', _generic_form_getitem)
Required = _SpecialForm('Required', _generic_form_getitem)
NotRequired = _SpecialForm('NotRequired', _generic_form_getitem)
Unpack = _SpecialForm('Unpack', _generic_form_getitem)


class _AnnotatedAlias(_GenericAlias):
    """`Annotated[T, x, ...]`: `__origin__` is T itself (so code reading the
    type sees it) and the extras are `__metadata__`; nested ones flatten."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], tuple(params[1:]))


Annotated = _SpecialForm('Annotated', _annotated_getitem)


def _alias(origin, name):
    return _GenericAlias(origin, (), name, special=True)


List = _alias(list, 'List')
Dict = _alias(dict, 'Dict')
Set = _alias(set, 'Set')
FrozenSet = _alias(frozenset, 'FrozenSet')
Tuple = _alias(tuple, 'Tuple')
Type = _alias(type, 'Type')
Callable = _alias(_abc.Callable, 'Callable')
Deque = _alias(_collections.deque, 'Deque')
ChainMap = _alias(_collections.ChainMap, 'ChainMap')
DefaultDict = _alias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 'OrderedDict')
Counter = _alias(_collections.Counter, 'Counter')
Iterable = _alias(_abc.Iterable, 'Iterable')
Iterator = _alias(_abc.Iterator, 'Iterator')
Generator = _alias(_abc.Generator, 'Generator')
Reversible = _alias(_abc.Reversible, 'Reversible')
Container = _alias(_abc.Container, 'Container')
Collection = _alias(_abc.Collection, 'Collection')
Sequence = _alias(_abc.Sequence, 'Sequence')
MutableSequence = _alias(_abc.MutableSequence, 'MutableSequence')
Mapping = _alias(_abc.Mapping, 'Mapping')
MutableMapping = _alias(_abc.MutableMapping, 'MutableMapping')
AbstractSet = _alias(_abc.Set, 'AbstractSet')
MutableSet = _alias(_abc.MutableSet, 'MutableSet')
KeysView = _alias(_abc.KeysView, 'KeysView')
ItemsView = _alias(_abc.ItemsView, 'ItemsView')
ValuesView = _alias(_abc.ValuesView, 'ValuesView')
Awaitable = _alias(_abc.Awaitable, 'Awaitable')
Coroutine = _alias(_abc.Coroutine, 'Coroutine')
AsyncIterable = _alias(_abc.AsyncIterable, 'AsyncIterable')
AsyncIterator = _alias(_abc.AsyncIterator, 'AsyncIterator')
AsyncGenerator = _alias(_abc.AsyncGenerator, 'AsyncGenerator')
ContextManager = _alias(None, 'ContextManager')
AsyncContextManager = _alias(None, 'AsyncContextManager')
Hashable = _alias(_abc.Hashable, 'Hashable')
Sized = _alias(_abc.Sized, 'Sized')
SupportsInt = _alias(None, 'SupportsInt')
SupportsFloat = _alias(None, 'SupportsFloat')
SupportsAbs = _alias(None, 'SupportsAbs')
SupportsIndex = _alias(None, 'SupportsIndex')
SupportsRound = _alias(None, 'SupportsRound')
Pattern = _alias(None, 'Pattern')
Match = _alias(None, 'Match')
IO = _alias(None, 'IO')
TextIO = _alias(None, 'TextIO')
BinaryIO = _alias(None, 'BinaryIO')
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(TypeVar):
    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: `class Box(Generic[T])`; `Box[int]` is an alias
    whose calls build a Box (CPython's typing.Generic, without substitution checks)."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _tp_cached(cls, params, _generic_class_getitem)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        gvars = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if gvars is not None:
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _generic_class_getitem(cls, params):
    """`cls[params]` for a generic class (`Box[int]`), once per parameters."""
    if not isinstance(params, tuple):
        params = (params,)
    if cls in (Generic, Protocol):
        for p in params:
            if not isinstance(p, TypeVar):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables"
                                " or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
    else:
        expected = len(getattr(cls, '__parameters__', ()))
        if expected == 0:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != expected:
            raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments"
                            f" for {cls}; actual {len(params)}, expected {expected}")
    return _GenericAlias(cls, params)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _SPECIAL_PROTOCOL_NAMES:
                attrs.add(attr)
    return attrs


_SPECIAL_PROTOCOL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
    '__init_subclass__', '__match_args__', '__protocol_attrs__'})


class _ProtocolMeta(type):
    """isinstance() against a @runtime_checkable protocol checks its members structurally."""

    def __instancecheck__(cls, instance):
        if type(instance) is cls or cls in type(instance).__mro__:
            return True
        if not cls.__dict__.get('_is_protocol', False):
            return False
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes: structural isinstance() with @runtime_checkable."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def dataclass_transform(**kwargs):
    return lambda cls: cls


_UnionType = type(int | None)


def get_origin(tp):
    if type(tp) is _UnionType:
        return _UnionType
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    return getattr(tp, '__origin__', None)


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    return getattr(tp, '__args__', ())


def _strip_annotations(tp):
    """`tp` without its `Annotated` layers, inside unions and generics too."""
    if isinstance(tp, _AnnotatedAlias):
        return _strip_annotations(tp.__origin__)
    if isinstance(tp, _GenericAlias) and not tp._special and tp.__args__:
        args = tuple(_strip_annotations(a) for a in tp.__args__)
        if args != tp.__args__:
            if tp.__origin__ is Union:
                return Union[args]
            return _GenericAlias(tp.__origin__, args, tp._name)
    return tp


def _eval_hint(value, globalns, localns, include_extras):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
        if value is None:
            return type(None)
    if not include_extras:
        return _strip_annotations(value)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its MRO's, base first), function or module, with string
    annotations evaluated in the defining module and None read as NoneType."""
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if not ann:
                continue
            module = sys.modules.get(base.__module__)
            base_globals = globalns if globalns is not None else getattr(module, '__dict__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals, include_extras)
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return {name: _eval_hint(value, globalns, localns if localns is not None else globalns,
                             include_extras)
            for name, value in hints.items()}


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'


_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '_root'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: t for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    """`class Point(NamedTuple): x: int` builds collections.namedtuple('Point', ...) with the
    annotated fields (and the class body's defaults and methods), as CPython's metaclass does."""

    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module='__main__')


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple: `class Point(NamedTuple): x: int; y: int = 0` or
    `NamedTuple('Point', [('x', int), ('y', int)])`."""
    _root = True


class _TypedDictMeta(type):
    """`class Movie(TypedDict, total=False): title: str` makes a dict subclass whose calls
    build plain dicts, with CPython's `__required_keys__`/`__optional_keys__`/`__total__`."""

    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        required_keys = set()
        optional_keys = set()
        for base in bases:
            if base is TypedDict:
                continue
            annotations.update(base.__dict__.get('__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            required_keys |= base_required
            optional_keys -= base_required
            base_optional = base.__dict__.get('__optional_keys__', set())
            required_keys -= base_optional
            optional_keys |= base_optional
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if '__total__' not in tp_dict.__dict__:
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_function(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typeddict_function(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys: `class Movie(TypedDict): title: str`."""
    _root = True


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
