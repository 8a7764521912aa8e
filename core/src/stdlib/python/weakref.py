"""Weak references (basics).

Pyex: the heap is collected as a whole when the Ctx ends, so a weak
reference here keeps its object alive: ref() always dereferences to the
object and the Weak* containers behave as their strong counterparts.
Programs that only use weak references to avoid cycles or caches work.
"""

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'WeakValueDictionary', 'WeakSet', 'WeakMethod',
           'finalize']


class ref:
    """ref(object[, callback]) -- a reference to object."""

    __slots__ = ('_obj', '_callback', '__callback__')

    def __init__(self, obj, callback=None):
        if isinstance(obj, (int, float, str, tuple, bytes, type(None), bool)):
            raise TypeError(f"cannot create weak reference to '{type(obj).__name__}' object")
        self._obj = obj
        self._callback = callback
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        obj = self._obj
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))


ReferenceType = ref


class WeakMethod(ref):
    """A weak reference to a bound method."""

    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        super().__init__(meth, callback)


def proxy(obj, callback=None):
    """proxy(object[, callback]) -- the object itself (it is kept alive)."""
    return obj


ProxyType = CallableProxyType = type(None)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """Mapping class that references values weakly (here: strongly)."""

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)

    def copy(self):
        return WeakValueDictionary(self)

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(dict):
    """Mapping class that references keys weakly (here: strongly)."""

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)

    def copy(self):
        return WeakKeyDictionary(self)

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    """A set of weakly referenced objects (here: strongly)."""

    def __repr__(self):
        # CPython shows its underlying set of weak references.
        if not self:
            return 'set()'
        return '{%s}' % ', '.join(repr(ref(x)) for x in self)


class finalize:
    """Class for finalization of weakrefable objects (called at most once, by hand)."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._call = (func, args, kwargs)
        self.alive = True
        self.atexit = True

    def __call__(self, _=None):
        if self.alive:
            self.alive = False
            func, args, kwargs = self._call
            return func(*args, **kwargs)
        return None

    def detach(self):
        if self.alive:
            self.alive = False
            func, args, kwargs = self._call
            return (None, func, args, kwargs)
        return None

    def peek(self):
        if self.alive:
            func, args, kwargs = self._call
            return (None, func, args, kwargs)
        return None
