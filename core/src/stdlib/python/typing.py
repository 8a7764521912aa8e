"""Names for type hints, usable in annotations and at run time (reprs as CPython's typing).

Subscripting gives alias objects that remember their origin and arguments; none of this checks
types. Generic[T] works through a fallback while classes cannot define __class_getitem__.
"""

import collections as _collections

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
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

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

    def __repr__(self):
        name = 'typing.' + (self._name or _type_repr(self.__origin__))
        if self._special:
            return name
        if self._name == 'Callable' and len(self.__args__) == 2 and (
                self.__args__[0] is ... or isinstance(self.__args__[0], list)):
            return f'{name}[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special:
            if self._name == 'Callable' and len(params) == 2:
                return _GenericAlias(self.__origin__, params, self._name)
            return _GenericAlias(self.__origin__, params, self._name)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self._special or self.__origin__ is None:
            origin = self.__origin__
        else:
            origin = self.__origin__
        if not callable(origin):
            raise TypeError(f"Type {self._name} cannot be instantiated")
        return origin(*args, **kwargs)

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
        return (self.__origin__,)


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
    return _UnionAlias(Union, args, 'Union')


def _optional_getitem(self, parameters):
    return Union[parameters, None]


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
Literal = _SpecialForm('Literal', _generic_form_getitem)
TypeGuard = _SpecialForm('TypeGuard', _generic_form_getitem)
Concatenate = _SpecialForm('Concatenate', _generic_form_getitem)
Required = _SpecialForm('Required', _generic_form_getitem)
NotRequired = _SpecialForm('NotRequired', _generic_form_getitem)
Unpack = _SpecialForm('Unpack', _generic_form_getitem)
Annotated = _SpecialForm('Annotated', _generic_form_getitem)


def _alias(origin, name):
    return _GenericAlias(origin, (), name, special=True)


List = _alias(list, 'List')
Dict = _alias(dict, 'Dict')
Set = _alias(set, 'Set')
FrozenSet = _alias(frozenset, 'FrozenSet')
Tuple = _alias(tuple, 'Tuple')
Type = _alias(type, 'Type')
Callable = _alias(None, 'Callable')
Deque = _alias(_collections.deque, 'Deque')
ChainMap = _alias(_collections.ChainMap, 'ChainMap')
DefaultDict = _alias(dict, 'DefaultDict')
OrderedDict = _alias(dict, 'OrderedDict')
Counter = _alias(dict, 'Counter')
Iterable = _alias(None, 'Iterable')
Iterator = _alias(None, 'Iterator')
Generator = _alias(None, 'Generator')
Reversible = _alias(None, 'Reversible')
Container = _alias(None, 'Container')
Collection = _alias(None, 'Collection')
Sequence = _alias(None, 'Sequence')
MutableSequence = _alias(list, 'MutableSequence')
Mapping = _alias(None, 'Mapping')
MutableMapping = _alias(dict, 'MutableMapping')
AbstractSet = _alias(None, 'AbstractSet')
MutableSet = _alias(set, 'MutableSet')
KeysView = _alias(None, 'KeysView')
ItemsView = _alias(None, 'ItemsView')
ValuesView = _alias(None, 'ValuesView')
Awaitable = _alias(None, 'Awaitable')
Coroutine = _alias(None, 'Coroutine')
AsyncIterable = _alias(None, 'AsyncIterable')
AsyncIterator = _alias(None, 'AsyncIterator')
AsyncGenerator = _alias(None, 'AsyncGenerator')
ContextManager = _alias(None, 'ContextManager')
AsyncContextManager = _alias(None, 'AsyncContextManager')
Hashable = _alias(None, 'Hashable')
Sized = _alias(None, 'Sized')
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
    """Abstract base class for generic types: class Box(Generic[T]): ..."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping is not checked)."""
    __slots__ = ()


class _GenericForm(_Final):
    """Generic[...] while classes cannot be subscripted: gives the Generic class."""

    def __getitem__(self, params):
        return _GenericBase

    def __repr__(self):
        return "<class 'typing.Generic'>"


try:
    Generic[int]
except TypeError:
    _GenericBase = Generic
    Generic = _GenericForm()


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
    return cls


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    for klass in reversed(getattr(obj, '__mro__', [obj])):
        hints.update(getattr(klass, '__annotations__', {}) or {})
    return hints


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


class NamedTuple(_collections._NamedTupleBase):
    """class Point(NamedTuple): x: int; y: int = 0  (fields read from the annotations)."""
    _fields = None

    def __init_subclass__(cls, **kwargs):
        _configure_named_tuple(cls)

    def __new__(cls, *args, **kwargs):
        if cls._fields is None:
            _configure_named_tuple(cls)
        return super().__new__(cls, *args, **kwargs)


def _configure_named_tuple(cls):
    annotations = getattr(cls, '__annotations__', {}) or {}
    cls._typename = cls.__name__
    cls._fields = tuple(annotations)
    defaults = {}
    for name in annotations:
        if hasattr(cls, name):
            defaults[name] = getattr(cls, name)
    cls._field_defaults = defaults


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """TypedDict('Movie', {'name': str}): calling it builds a plain dict."""
    return dict
