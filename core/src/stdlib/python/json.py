"""JSON encoder and decoder (after CPython's json package: same messages; strings are escaped by `_json` in Rust)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno, colno."""

    __module__ = 'json.decoder'  # where CPython defines it (tracebacks name it so)

    def __init__(self, msg, doc, pos):
        lineno = doc[:pos].count('\n') + 1
        colno = pos - doc[:pos].rfind('\n')
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# Escaping strings is the encoder's hot loop: done in Rust, as CPython's C `_json` does.
from _json import encode_basestring as _encode_str
from _json import scan as _scan
from _json import encode as _c_encode


def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        if type(self).iterencode is JSONEncoder.iterencode:
            # The whole document in Rust (CPython's c_make_encoder); None: it
            # met something only the Python encoder below handles.
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            text = _c_encode(o, indent, self.key_separator, self.item_separator,
                             self.sort_keys, self.skipkeys, self.ensure_ascii,
                             self.check_circular, self.allow_nan, self.default)
            if text is not None:
                return text
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        chunks = []
        self._encode(o, chunks, 0, indent, markers)
        return chunks

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_str(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(int(key))
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {type(key).__name__}')

    def _encode(self, o, out, level, indent, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(int(o)))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, indent, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, indent, markers)
        else:
            self._mark(o, markers)
            self._encode(self.default(o), out, level, indent, markers)
            self._unmark(o, markers)

    def _mark(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _unmark(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _open(self, container, bracket, out, level, indent, markers):
        """Writes the opening bracket; returns the item separator and the inner level."""
        self._mark(container, markers)
        out.append(bracket)
        if indent is None:
            return self.item_separator, level
        level += 1
        newline = '\n' + indent * level
        out.append(newline)
        return self.item_separator + newline, level

    def _close(self, container, bracket, out, level, indent, markers):
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append(bracket)
        self._unmark(container, markers)

    def _encode_list(self, lst, out, level, indent, markers):
        if not lst:
            out.append('[]')
            return
        separator, inner = self._open(lst, '[', out, level, indent, markers)
        for i, value in enumerate(lst):
            if i:
                out.append(separator)
            self._encode(value, out, inner, indent, markers)
        self._close(lst, ']', out, inner, indent, markers)

    def _encode_dict(self, dct, out, level, indent, markers):
        if not dct:
            out.append('{}')
            return
        separator, inner = self._open(dct, '{', out, level, indent, markers)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, inner, indent, markers)
        self._close(dct, '}', out, inner, indent, markers)


_WS = ' \t\n\r'


class _NoValue(Exception):
    """No JSON value starts at `pos` (becomes "Expecting value")."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos

_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_NUMBER_START = '-0123456789'
_CONSTANTS = {'-Infinity': -float('inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.get
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # Without hooks the document is decoded by `_json.scan` in Rust.
        self._native = (object_hook is None and parse_float is None and parse_int is None
                        and parse_constant is None and object_pairs_hook is None)

    def decode(self, s):
        if self._native and type(s) is str:
            status, value, pos = _scan(s, self.strict)
            if status == 0:
                return value
            if status == 1:
                raise JSONDecodeError(value, s, pos)
        end = len(s)
        idx = self._skip(s, 0)
        obj, idx = self.raw_decode(s, idx)
        idx = self._skip(s, idx)
        if idx != end:
            raise JSONDecodeError("Extra data", s, idx)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def _skip(self, s, idx):
        n = len(s)
        while idx < n and s[idx] in _WS:
            idx += 1
        return idx

    def _value(self, s, idx):
        if idx >= len(s):
            raise _NoValue(idx)
        c = s[idx]
        if c == '"':
            return self._string(s, idx + 1)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        if c in _NUMBER_START:
            return self._number(s, idx)
        raise _NoValue(idx)

    def _number(self, s, idx):
        n = len(s)
        start = idx
        if s[idx] == '-':
            idx += 1
        if idx < n and s[idx] == '0':
            idx += 1
        elif idx < n and '1' <= s[idx] <= '9':
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        if idx < n and s[idx] in 'eE':
            j = idx + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                is_float = True
                idx = j
                while idx < n and '0' <= s[idx] <= '9':
                    idx += 1
        text = s[start:idx]
        return (self.parse_float(text) if is_float else self.parse_int(text)), idx

    def _string(self, s, idx):
        begin = idx - 1
        chunks = []
        n = len(s)
        while True:
            start = idx
            while idx < n and s[idx] != '"' and s[idx] != '\\':
                if self.strict and s[idx] < ' ':
                    raise JSONDecodeError("Invalid control character at", s, idx)
                idx += 1
            if idx >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[start:idx])
            if s[idx] == '"':
                return ''.join(chunks), idx + 1
            idx += 1
            if idx >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[idx]
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError("Invalid \\escape", s, idx - 1)
                chunks.append(_BACKSLASH[esc])
                idx += 1
                continue
            uni = self._hex4(s, idx + 1)
            idx += 5
            if 0xd800 <= uni <= 0xdbff and s[idx:idx + 2] == '\\u':
                uni2 = self._hex4(s, idx + 2)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    idx += 6
            chunks.append(chr(uni))

    def _hex4(self, s, pos):
        esc = s[pos:pos + 4]
        if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
            return int(esc, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)

    def _object(self, s, idx):
        pairs = []
        idx = self._skip(s, idx)
        if idx < len(s) and s[idx] == '}':
            return self._make_object(pairs), idx + 1
        while True:
            if idx >= len(s) or s[idx] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, idx)
            key, idx = self._string(s, idx + 1)
            idx = self._skip(s, idx)
            if idx >= len(s) or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = self._skip(s, idx + 1)
            try:
                value, idx = self._value(s, idx)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            idx = self._skip(s, idx)
            if idx < len(s) and s[idx] == '}':
                return self._make_object(pairs), idx + 1
            if idx >= len(s) or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = self._skip(s, idx + 1)

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, idx):
        values = []
        idx = self._skip(s, idx)
        if idx < len(s) and s[idx] == ']':
            return values, idx + 1
        while True:
            try:
                value, idx = self._value(s, idx)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            idx = self._skip(s, idx)
            if idx < len(s) and s[idx] == ']':
                return values, idx + 1
            if idx >= len(s) or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = self._skip(s, idx + 1)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = bytes(s).decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {type(s).__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
