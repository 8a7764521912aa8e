"""Extract, format and print information about Python stack traces.

Pyex: the text comes from the interpreter's own traceback printer (the one
that reports uncaught exceptions), so format_exc() and print_exc() read
exactly as python3's; there are no frame or traceback objects to walk.
"""

import sys
from _pyex import format_exception as _render

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception', 'print_last']

_sentinel = object()


def _exception(exc, value):
    if value is not _sentinel:
        return value
    if isinstance(exc, type):
        return None
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information: a list of strings,
    each ending in a newline."""
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _render(exc).splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: the last line(s)."""
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('__main__', 'builtins'):
        name = f'{module}.{name}'
    text = str(exc)
    lines = [f'{name}: {text}\n' if text else f'{name}\n']
    for note in getattr(exc, '__notes__', ()):
        lines.append(f'{note}\n')
    return lines


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """Clear the local variables of the frames in a traceback (pyex: there are none to clear)."""
