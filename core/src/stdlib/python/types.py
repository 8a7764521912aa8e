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


def new_class(name, bases=(), kwds=None, exec_body=None):
    raise NotImplementedError("types.new_class is not supported")
