"""Coroutine checks (CPython 3.11's Lib/asyncio/coroutines.py)."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import types

_CO_COROUTINE = 0x80


def _is_coroutine_function(func):
    while hasattr(func, '__func__'):
        func = func.__func__
    while hasattr(func, 'func') and hasattr(func, 'args'):
        func = func.func  # functools.partial
    code = getattr(func, '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & _CO_COROUTINE)


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    return (_is_coroutine_function(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


# A marker for iscoroutinefunction.
_is_coroutine = object()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj).__name__ == 'coroutine' and type(obj).__module__ == 'builtins'
