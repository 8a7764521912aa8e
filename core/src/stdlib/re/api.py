
# The Python half of `re` (after the parser): RegexFlag, the module-level
# functions (as in CPython's Lib/re/__init__.py), the translation of a parsed
# pattern into the Rust engine's syntax, and the slow paths the native code
# hands over to (first compile of a pattern, first use of a template,
# callable replacements).

class RegexFlag(int):
    """The flags of `re`, an int subclass with IntFlag's repr (`re.IGNORECASE|re.MULTILINE`)."""

    def __new__(cls, value=0):
        value = value + 0
        self = int.__new__(cls, value)
        self._value_ = value
        return self

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        value = self._value_
        if value == 0:
            return 'NOFLAG'
        names = [n for n, v in _FLAG_ORDER if v & value == v]
        rest = value & ~_ALL_FLAGS
        if rest or not names:
            return None
        return '|'.join(names)

    def __repr__(self):
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        parts = ['re.' + n for n, v in _FLAG_ORDER if v & value]
        rest = value & ~_ALL_FLAGS
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(self._value_, spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ | (other + 0))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ & (other + 0))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ ^ (other + 0))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, int):
            return self._value_ == other + 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, int):
            return self._value_ != other + 0
        return NotImplemented

RegexFlag.__module__ = 're'

_FLAG_ORDER = [
    ('ASCII', SRE_FLAG_ASCII), ('IGNORECASE', SRE_FLAG_IGNORECASE),
    ('LOCALE', SRE_FLAG_LOCALE), ('UNICODE', SRE_FLAG_UNICODE),
    ('MULTILINE', SRE_FLAG_MULTILINE), ('DOTALL', SRE_FLAG_DOTALL),
    ('VERBOSE', SRE_FLAG_VERBOSE), ('TEMPLATE', SRE_FLAG_TEMPLATE),
    ('DEBUG', SRE_FLAG_DEBUG),
]
_ALL_FLAGS = 0
for _n, _v in _FLAG_ORDER:
    _ALL_FLAGS |= _v

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(SRE_FLAG_ASCII)
I = IGNORECASE = RegexFlag(SRE_FLAG_IGNORECASE)
L = LOCALE = RegexFlag(SRE_FLAG_LOCALE)
U = UNICODE = RegexFlag(SRE_FLAG_UNICODE)
M = MULTILINE = RegexFlag(SRE_FLAG_MULTILINE)
S = DOTALL = RegexFlag(SRE_FLAG_DOTALL)
X = VERBOSE = RegexFlag(SRE_FLAG_VERBOSE)
T = TEMPLATE = RegexFlag(SRE_FLAG_TEMPLATE)
DEBUG = RegexFlag(SRE_FLAG_DEBUG)
for _n, _v in _FLAG_ORDER + [('NOFLAG', 0)]:
    setattr(RegexFlag, _n, RegexFlag(_v))
del _n, _v

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)

def purge():
    "Clear the regular expression caches"
    _cache.clear()

def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)

_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')

_cache = {}


def _compile_slow(pattern, flags):
    # The native `_compile` found no compiled pattern for these arguments.
    if isinstance(flags, RegexFlag):
        flags = flags.value
    elif not isinstance(flags, int):
        raise TypeError(f"unsupported operand type(s) for &: '{type(flags).__name__}' and "
                        "'RegexFlag'")
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & SRE_FLAG_TEMPLATE:
        _warn("The re.TEMPLATE/re.T flag is deprecated "
                  "as it is an undocumented flag "
                  "without an obvious purpose. "
                  "Don't use it.",
                  DeprecationWarning)
    p = parse(pattern, flags)
    final = p.state.flags
    unicode = isinstance(pattern, str) and not final & SRE_FLAG_ASCII
    translator = _Translator(unicode)
    plain, dollar = translator.pattern(p, final)
    names = list(p.state.groupdict.items())
    parents = translator.parents
    parents += [0] * (p.state.groups - 1 - len(parents))
    compiled = _build(pattern, flags, final, parents, names,
                      plain, translator.hard, dollar)
    if isinstance(compiled, str):
        raise error("pattern not supported by the regex engine: " + compiled)
    if len(_cache) >= 512:
        _cache.clear()
    _cache[type(pattern), pattern, flags] = compiled
    return compiled


def _parse_template(pattern, repl):
    groups, literals = parse_template(repl, pattern)
    for index, group in groups:
        literals[index] = group
    _register_template(pattern, repl, [x for x in literals if x != ''])


def _template_slow(pattern, repl, string, count, subn):
    # The native `sub` met a replacement template it has not parsed yet.
    _parse_template(pattern, repl)
    if subn:
        return pattern.subn(repl, string, count)
    return pattern.sub(repl, string, count)


def _expand_slow(match, template):
    # `Match.expand` met a template it has not parsed yet.
    _parse_template(match.re, template)
    return match.expand(template)


def _sub_callable(pattern, repl, string, count, subn):
    # `sub` with a function as the replacement: called once per match.
    if not callable(repl):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(repl).__name__)
    pieces = []
    last = 0
    n = 0
    for m in pattern.finditer(string):
        if count and n >= count:
            break
        start, end = m.span()
        if start > last:
            pieces.append(string[last:start])
        r = repl(m)
        if r is not None:
            pieces.append(r)
        last = end
        n += 1
    if last < len(string):
        pieces.append(string[last:])
    result = string[:0].join(pieces)
    if subn:
        return (result, n)
    return result


_WORD_ASCII = '0-9A-Za-z_'
_SPACE_UNI = ('\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}'
              '\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}')
_SPACE_ASCII = '\\x{9}-\\x{d}\\x{20}'
_DOLLAR = '\x00'


class _Translator:
    # Writes a parsed pattern in the syntax of the Rust engine (fancy-regex
    # over the regex crate): every literal escaped, categories spelt out with
    # Python's definitions, `.`/`^`/`$` spelt by the flags in force, no
    # capturing group added, so group numbers stay CPython's.

    def __init__(self, unicode):
        self.unicode = unicode
        self.hard = False
        # parents[g - 1]: the group enclosing group g (0: none), for lastindex.
        self.parents = []
        self.open = [0]

    def pattern(self, p, flags):
        out = []
        if self.regex_i(flags):
            out.append('(?i)')
        self.seq(p.data, flags, out)
        text = ''.join(out)
        if _DOLLAR in text:
            return text.replace(_DOLLAR, '\\z'), text.replace(_DOLLAR, '(?=\\n?\\z)')
        return text, None

    def ascii_fold(self, flags):
        # re.I with re.ASCII or bytes: only ASCII letters match either case,
        # spelt out here (the regex crate's (?i) would fold all of Unicode).
        return flags & SRE_FLAG_IGNORECASE and (not self.unicode or flags & SRE_FLAG_ASCII)

    def regex_i(self, flags):
        return flags & SRE_FLAG_IGNORECASE and not self.ascii_fold(flags)

    def cased(self, c, flags):
        # The other-case ASCII letter of c under ASCII folding, else None.
        if self.ascii_fold(flags):
            if 65 <= c <= 90:
                return c + 32
            if 97 <= c <= 122:
                return c - 32
        return None

    def lit_set(self, c, flags):
        other = self.cased(c, flags)
        if other is None:
            return self.lit(c)
        return '[' + self.lit(c) + self.lit(other) + ']'

    def range_set(self, lo, hi, flags):
        text = self.lit(lo) + '-' + self.lit(hi)
        if self.ascii_fold(flags):
            for a, b, shift in ((65, 90, 32), (97, 122, -32)):
                x, y = max(lo, a), min(hi, b)
                if x <= y:
                    text += self.lit(x + shift) + '-' + self.lit(y + shift)
        return text

    def lit(self, c):
        if c < 128 and (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c == 95):
            return chr(c)
        return '\\x{%x}' % c

    def category(self, code, flags, in_class):
        ascii = not self.unicode or flags & SRE_FLAG_ASCII
        neg = 'NOT_' in code
        if 'DIGIT' in code:
            if not ascii:
                return '\\D' if neg else '\\d'
            body = '0-9'
        elif 'WORD' in code:
            if not ascii:
                # str.isalnum() or '_', as CPython's \w (the regex crate's
                # \w also takes combining marks and connectors).
                return '[^\\p{L}\\p{N}_]' if neg else '[\\p{L}\\p{N}_]'
            body = _WORD_ASCII
        else:
            body = _SPACE_ASCII if ascii else _SPACE_UNI
        return ('[^' if neg else '[') + body + ']'

    def item_set(self, items, flags):
        out = ['[']
        for op, av in items:
            if op is NEGATE:
                out.append('^')
            elif op is LITERAL:
                other = self.cased(av, flags)
                out.append(self.lit(av) + ('' if other is None else self.lit(other)))
            elif op is RANGE:
                out.append(self.range_set(av[0], av[1], flags))
            elif op is CATEGORY:
                out.append(self.category(av, flags, True))
        out.append(']')
        return ''.join(out)

    def seq(self, data, flags, out):
        for op, av in data:
            self.node(op, av, flags, out)

    def sub(self, p, flags):
        out = []
        self.seq(p.data, flags, out)
        return ''.join(out)

    def node(self, op, av, flags, out):
        if op is LITERAL:
            out.append(self.lit_set(av, flags))
        elif op is NOT_LITERAL:
            other = self.cased(av, flags)
            out.append('[^' + self.lit(av) + ('' if other is None else self.lit(other)) + ']')
        elif op is ANY:
            out.append('(?s:.)' if flags & SRE_FLAG_DOTALL else '.')
        elif op is IN:
            out.append(self.item_set(av, flags))
        elif op is CATEGORY:
            out.append(self.category(av, flags, False))
        elif op is AT:
            out.append(self.at(av, flags))
        elif op is BRANCH:
            out.append('(?:' + '|'.join(self.sub(b, flags) for b in av[1]) + ')')
        elif op is SUBPATTERN:
            group, add, dele, p = av
            inner = (flags | add) & ~dele
            if group is not None:
                while len(self.parents) < group:
                    self.parents.append(0)
                self.parents[group - 1] = self.open[-1]
                self.open.append(group)
            body = self.sub(p, inner)
            if group is not None:
                self.open.pop()
            case_on = self.regex_i(inner)
            if case_on != self.regex_i(flags):
                body = ('(?i:' if case_on else '(?-i:') + body + ')'
            out.append(('(?:' if group is None else '(') + body + ')')
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            lo, hi, p = av
            body = '(?:' + self.sub(p, flags) + ')'
            if hi == MAXREPEAT:
                rep = '{%d,}' % lo
            elif lo == hi:
                rep = '{%d}' % lo
            else:
                rep = '{%d,%d}' % (lo, hi)
            if op is MIN_REPEAT:
                rep += '?'
            elif op is POSSESSIVE_REPEAT:
                rep += '+'
                self.hard = True
            out.append(body + rep)
        elif op is GROUPREF:
            self.hard = True
            out.append('(?:\\%d)' % av)
        elif op is GROUPREF_EXISTS:
            cond, yes, no = av
            self.hard = True
            text = '(?(%d)' % cond + self.sub(yes, flags)
            if no is not None:
                text += '|' + self.sub(no, flags)
            out.append(text + ')')
        elif op is ASSERT or op is ASSERT_NOT:
            direction, p = av
            self.hard = True
            if direction < 0:
                lo, hi = p.getwidth()
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
            kind = ('=' if op is ASSERT else '!')
            if direction < 0:
                kind = '<' + kind
            out.append('(?' + kind + self.sub(p, flags) + ')')
        elif op is ATOMIC_GROUP:
            self.hard = True
            out.append('(?>' + self.sub(av, flags) + ')')
        elif op is FAILURE:
            out.append('(?!)')

    def at(self, code, flags):
        if code is AT_BEGINNING:
            return '(?m:^)' if flags & SRE_FLAG_MULTILINE else '\\A'
        if code is AT_BEGINNING_STRING:
            return '\\A'
        if code is AT_END:
            return '(?m:$)' if flags & SRE_FLAG_MULTILINE else _DOLLAR
        if code is AT_END_STRING:
            return '\\z'
        ascii = not self.unicode or flags & SRE_FLAG_ASCII
        if not ascii:
            return '\\b' if code is AT_BOUNDARY else '\\B'
        w = '[' + _WORD_ASCII + ']'
        self.hard = True
        if code is AT_BOUNDARY:
            return '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w)
        return '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (w, w, w, w)


class Scanner:
    # CPython's undocumented lexer helper: one alternation with a group per
    # phrase; the matching group names the action (phrases without groups
    # of their own, as CPython assumes too).
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self.scanner = compile('|'.join('(%s)' % phrase for phrase, action in lexicon), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
