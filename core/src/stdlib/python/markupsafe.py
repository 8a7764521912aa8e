"""markupsafe: `Markup`, a str that is safe to put in HTML, and `escape`.

A trimmed port of MarkupSafe 3.0 (used by jinja2's autoescaping): operations on
a Markup escape their plain-str operands, so a Markup stays safe.
"""

__all__ = ['Markup', 'escape', 'escape_silent', 'soft_str']



try:
    from _markupsafe_speedups import escape_str as _escape_str
except ImportError:
    def _escape_str(s):
        if '&' in s or '<' in s or '>' in s or "'" in s or '"' in s:
            return (s.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
                    .replace("'", '&#39;').replace('"', '&#34;'))
        return s


def escape(s):
    """Replace & < > ' " with HTML-safe sequences; objects with __html__ are trusted."""
    if type(s) is str:
        return Markup(_escape_str(s))
    if hasattr(s, '__html__'):
        return Markup(s.__html__())
    return Markup(_escape_str(str(s)))


def escape_silent(s):
    """Like escape, but None becomes an empty Markup."""
    if s is None:
        return Markup()
    return escape(s)


def soft_str(s):
    """str(s) unless it already is a str (keeps Markup)."""
    if not isinstance(s, str):
        return str(s)
    return s


class _MarkupEscapeHelper:
    def __init__(self, obj, escape):
        self.obj = obj
        self.escape = escape

    def __getitem__(self, item):
        return _MarkupEscapeHelper(self.obj[item], self.escape)

    def __str__(self):
        return str(self.escape(self.obj))

    def __repr__(self):
        return str(self.escape(repr(self.obj)))

    def __int__(self):
        return int(self.obj)

    def __float__(self):
        return float(self.obj)


class Markup(str):
    """A string that is ready to be inserted into HTML or XML."""

    __slots__ = ()

    def __new__(cls, base='', encoding=None, errors='strict'):
        if hasattr(base, '__html__'):
            base = base.__html__()
        if encoding is None:
            return super().__new__(cls, base)
        return super().__new__(cls, base, encoding, errors)

    def __html__(self):
        return self

    def __add__(self, other):
        if isinstance(other, str) or hasattr(other, '__html__'):
            return self.__class__(str.__add__(self, str(self.escape(other))))
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, str) or hasattr(other, '__html__'):
            return self.escape(other).__add__(self)
        return NotImplemented

    def __mul__(self, num):
        if isinstance(num, int):
            return self.__class__(str.__mul__(self, num))
        return NotImplemented

    __rmul__ = __mul__

    def __mod__(self, arg):
        if isinstance(arg, tuple):
            arg = tuple(_MarkupEscapeHelper(x, self.escape) for x in arg)
        elif hasattr(type(arg), '__getitem__') and not isinstance(arg, str):
            arg = _MarkupEscapeHelper(arg, self.escape)
        else:
            arg = (_MarkupEscapeHelper(arg, self.escape),)
        return self.__class__(str.__mod__(self, arg))

    def __repr__(self):
        return f'{self.__class__.__name__}({repr(str(self))})'

    def join(self, seq):
        return self.__class__(str.join(self, [str(self.escape(s)) for s in seq]))

    def split(self, sep=None, maxsplit=-1):
        return [self.__class__(v) for v in str.split(self, sep, maxsplit)]

    def rsplit(self, sep=None, maxsplit=-1):
        return [self.__class__(v) for v in str.rsplit(self, sep, maxsplit)]

    def splitlines(self, keepends=False):
        return [self.__class__(v) for v in str.splitlines(self, keepends)]

    def unescape(self):
        from html import unescape
        return unescape(str(self))

    def striptags(self):
        import re
        value = re.sub(r'<!--.*?-->', '', str(self), flags=re.S)
        value = re.sub(r'<.*?>', '', value, flags=re.S)
        value = ' '.join(value.split())
        return self.__class__(value).unescape()

    @classmethod
    def escape(cls, s):
        rv = escape(s)
        if rv.__class__ is not cls:
            return cls(rv)
        return rv

    def __getitem__(self, key):
        return self.__class__(str.__getitem__(self, key))

    def capitalize(self):
        return self.__class__(str.capitalize(self))

    def title(self):
        return self.__class__(str.title(self))

    def lower(self):
        return self.__class__(str.lower(self))

    def upper(self):
        return self.__class__(str.upper(self))

    def replace(self, old, new, count=-1):
        return self.__class__(str.replace(self, str(self.escape(old)), str(self.escape(new)), count))

    def strip(self, chars=None):
        return self.__class__(str.strip(self, chars))

    def lstrip(self, chars=None):
        return self.__class__(str.lstrip(self, chars))

    def rstrip(self, chars=None):
        return self.__class__(str.rstrip(self, chars))

    def center(self, width, fillchar=' '):
        return self.__class__(str.center(self, width, fillchar))

    def ljust(self, width, fillchar=' '):
        return self.__class__(str.ljust(self, width, fillchar))

    def rjust(self, width, fillchar=' '):
        return self.__class__(str.rjust(self, width, fillchar))

    def format(self, *args, **kwargs):
        args = [self.escape(a) if isinstance(a, str) else a for a in args]
        kwargs = {k: self.escape(v) if isinstance(v, str) else v for k, v in kwargs.items()}
        return self.__class__(str.format(self, *args, **kwargs))

    def __html_format__(self, format_spec):
        if format_spec:
            raise ValueError('Unsupported format specification for Markup.')
        return self
