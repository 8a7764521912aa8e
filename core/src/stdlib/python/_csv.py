"""CSV parsing and writing: CPython's C module _csv (Modules/_csv.c) in
Python. The reader is _csv.c's state machine, with a fast path for lines
holding no quote or escape character (split on the delimiter).
"""

__version__ = "1.0"
__doc__ = "CSV parsing and writing."

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


def _char_attr(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        value = default
    if not isinstance(value, str):
        kind = "string or None" if allow_none else "string"
        raise TypeError(f'"{name}" must be {kind}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """CSV dialect

    The Dialect type records CSV parsing and generation options.
    """

    __slots__ = ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                 'skipinitialspace', 'lineterminator', 'quoting', 'strict')

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        def pick(name, default):
            if name in kwargs:
                return kwargs.pop(name)
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default
        delimiter = pick('delimiter', ',')
        doublequote = pick('doublequote', True)
        escapechar = pick('escapechar', None)
        lineterminator = pick('lineterminator', '\r\n')
        quotechar = pick('quotechar', '"')
        quoting = pick('quoting', QUOTE_MINIMAL)
        skipinitialspace = pick('skipinitialspace', False)
        strict = pick('strict', False)
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"'{name}' is an invalid keyword argument for Dialect()")
        if quoting is None:
            quoting = QUOTE_MINIMAL
        if not isinstance(quoting, int) or isinstance(quoting, bool) and False:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        set_ = object.__setattr__
        set_(self, 'delimiter', _char_attr('delimiter', delimiter, ',', False))
        set_(self, 'escapechar', _char_attr('escapechar', escapechar, None, True))
        set_(self, 'quotechar', _char_attr('quotechar', quotechar, '"', True))
        if lineterminator is None:
            raise TypeError('lineterminator must be set')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, 'lineterminator', lineterminator)
        set_(self, 'doublequote', bool(doublequote))
        set_(self, 'skipinitialspace', bool(skipinitialspace))
        set_(self, 'strict', bool(strict))
        set_(self, 'quoting', quoting)
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


Dialect.__module__ = '_csv'
Error.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, Dialect) and not kwargs:
        return dialect
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('"limit" must be an integer')
        _field_limit = args[0]
    return old


(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)

_EOL = None


class Reader:
    """CSV reader

    Reader objects are responsible for reading and parsing tabular data
    in CSV format.
    """

    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _fast(self, line):
        """The fields of a line without quote or escape characters, or None."""
        d = self.dialect
        if (d.quotechar is not None and d.quoting != QUOTE_NONE and d.quotechar in line) or (
                d.escapechar is not None and d.escapechar in line):
            return None
        if line.endswith('\r\n'):
            body = line[:-2]
        elif line.endswith('\n') or line.endswith('\r'):
            body = line[:-1]
        else:
            body = line
        if '\n' in body or '\r' in body or '\0' in body:
            return None
        if not body:
            return []
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(' ') for f in fields]
        for f in fields:
            if len(f) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._fast(line)
                if fields is not None:
                    return fields
            for c in line:
                if c == '\0':
                    raise Error("line contains NUL")
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_field(self, c):
        """A newline or the end of the line ends the field (and maybe the record)."""
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


Reader.__module__ = '_csv'
# CPython's type is `_csv.reader` (its factory function's name).
Reader.__name__ = Reader.__qualname__ = 'reader'


class Writer:
    """CSV writer

    Writer objects are responsible for generating tabular data
    in CSV format from sequence input.
    """

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect

    def _quote(self, field, quoted):
        d = self.dialect
        special = d.delimiter + (d.escapechar or '') + (d.quotechar or '') + d.lineterminator
        if not any(c in special for c in field):
            if quoted:
                return d.quotechar + field + d.quotechar
            return field
        out = []
        for c in field:
            if c in special:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        field = ''.join(out)
        if quoted:
            return d.quotechar + field + d.quotechar
        return field

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._quote(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


Writer.__module__ = '_csv'
Writer.__name__ = Writer.__qualname__ = 'writer'


def reader(csvfile, dialect='excel', **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    return Reader(iter(csvfile), _make_dialect(dialect, fmtparams))


def writer(fileobj, dialect='excel', **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    return Writer(fileobj, _make_dialect(dialect, fmtparams))
