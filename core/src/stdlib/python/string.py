"""A collection of string constants, Template and capwords (after CPython's string.py)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        prefix = self.template[:i]
        if not prefix:
            colno = 1
            lineno = 1
        else:
            body = prefix[:-1]
            colno = i - (body.rfind('\n') + 1)
            lineno = body.count('\n') + 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, mapping, safe):
        text = self.template
        out = []
        i = 0
        n = len(text)
        delim = self.delimiter
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text[k:k + len(delim)] == delim:
                out.append(delim)
                i = k + len(delim)
                continue
            braced = k < n and text[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and _is_ident_start(text[end]):
                end += 1
                while end < n and _is_ident_char(text[end]):
                    end += 1
            name = text[start:end]
            if not name or (braced and (end >= n or text[end] != '}')):
                if safe:
                    out.append(delim)
                    i = k
                    continue
                self._invalid(k)
            stop = end + 1 if braced else end
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text[j:stop])
            else:
                raise KeyError(name)
            i = stop
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []
        text = self.template
        i = 0
        while True:
            j = text.find(self.delimiter, i)
            if j < 0:
                return ids
            k = j + 1
            if text[k:k + 1] == self.delimiter:
                i = k + 1
                continue
            braced = k < len(text) and text[k] == '{'
            start = k + 1 if braced else k
            end = start
            while end < len(text) and _is_ident_char(text[end]):
                end += 1
            name = text[start:end]
            if name and _is_ident_start(name[0]) and name not in ids:
                ids.append(name)
            i = max(end, k)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)
