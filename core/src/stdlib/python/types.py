"""Names for built-in types, and SimpleNamespace (after CPython's types.py)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = None
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
UnionType = type(int | None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)
GenericAlias = type(list[int])
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _f, _g, _C, _c, _ag


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable, **kwargs).items():
            setattr(self, key, value)

    def _items(self):
        return vars(self).items()

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._items())
        return f"namespace({inner})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return dict(self._items()) == dict(other._items())
        return NotImplemented


class _GeneratorWrapper:
    """What @coroutine makes of a generator: awaitable (CPython's fallback;
    Pyex cannot set CO_ITERABLE_COROUTINE on the generator's code)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and getattr(code, 'co_flags', 0) & 0x180:
        return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if coro.__class__ is GeneratorType or (
                hasattr(coro, 'send') and hasattr(coro, 'throw')
                and hasattr(coro, '__next__') and not hasattr(coro, '__await__')):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


def new_class(name, bases=(), kwds=None, exec_body=None):
    raise NotImplementedError("types.new_class is not supported")
