"""Pretty-printing of dicts, lists, tuples and sets (after CPython's pprint.py; long strings
are not split)."""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


class _SafeKey:
    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    # Dict keys are unique, so ordering by the key alone is CPython's order.
    return _SafeKey(t[0])


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts).pformat(object)


def saferepr(object):
    return PrettyPrinter()._repr(object, 0)


def isreadable(object):
    return True


def isrecursive(object):
    return False


class _Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if width < 0:
            raise ValueError('width must be != 0')
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = compact
        self._sort_dicts = sort_dicts

    def pprint(self, object):
        out = _Out()
        self._format(object, out, 0, 0, 0)
        text = ''.join(out.parts) + '\n'
        if self._stream is not None:
            self._stream.write(text)
        else:
            print(text, end='')

    def pformat(self, object):
        out = _Out()
        self._format(object, out, 0, 0, 0)
        return ''.join(out.parts)

    def _repr(self, object, level):
        if isinstance(object, dict) and type(object) is dict:
            if not object:
                return '{}'
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts \
                else object.items()
            return '{' + ', '.join(f'{self._repr(k, level + 1)}: {self._repr(v, level + 1)}'
                                   for k, v in items) + '}'
        if type(object) is list:
            return '[' + ', '.join(self._repr(v, level + 1) for v in object) + ']'
        if type(object) is tuple:
            if len(object) == 1:
                return '(' + self._repr(object[0], level + 1) + ',)'
            return '(' + ', '.join(self._repr(v, level + 1) for v in object) + ')'
        return repr(object)

    def _format(self, object, stream, indent, allowance, level):
        rep = self._repr(object, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            if type(object) is dict and object:
                self._pprint_dict(object, stream, indent, allowance, level)
                return
            if type(object) is list and object:
                stream.write('[')
                self._format_items(object, stream, indent, allowance + 1, level)
                stream.write(']')
                return
            if type(object) is tuple and object:
                stream.write('(')
                endchar = ',)' if len(object) == 1 else ')'
                self._format_items(object, stream, indent, allowance + len(endchar), level)
                stream.write(endchar)
                return
            if type(object) in (set, frozenset) and object:
                typ = type(object)
                if typ is set:
                    stream.write('{')
                    endchar = '}'
                else:
                    stream.write(typ.__name__ + '({')
                    endchar = '})'
                    indent += len(typ.__name__) + 1
                items = sorted(object, key=_SafeKey)
                self._format_items(items, stream, indent, allowance + len(endchar), level)
                stream.write(endchar)
                return
        stream.write(rep)

    def _pprint_dict(self, object, stream, indent, allowance, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else \
            list(object.items())
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance + 1 if last else 1,
                         level)
            if not last:
                write(delimnl)
        write('}')

    def _format_items(self, items, stream, indent, allowance, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        n = len(items)
        for i, ent in enumerate(items):
            last = i == n - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, level)
