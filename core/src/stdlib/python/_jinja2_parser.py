"""jinja2's lexer and parser: template source -> a tree of tuples.

Follows jinja2 3.1's grammar and error messages (lexer.py, parser.py); the
tree is made of plain tuples `(kind, ...)` that _jinja2_codegen turns into
Python source.
"""

import re
from _jinja2_exceptions import TemplateSyntaxError

_START = re.compile(r'\{\{|\{%|\{#')
_RAW_BEGIN = re.compile(r'\s*raw\s*(-?)%\}')
_RAW_END = re.compile(r'\{%(-?)\s*endraw\s*(-?)%\}')
_WS = re.compile(r'\s+')
_FLOAT = re.compile(r'\d+(?:_\d+)*(?:\.\d+(?:_\d+)*(?:[eE][+\-]?\d+(?:_\d+)*)?|[eE][+\-]?\d+(?:_\d+)*)')
_INT = re.compile(r'0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[\da-fA-F])+|\d+(?:_\d+)*')
_NAME = re.compile(r'[a-zA-Z_][a-zA-Z0-9_]*')
_STRING = re.compile(r"'([^'\\]*(?:\\.[^'\\]*)*)'|\"([^\"\\]*(?:\\.[^\"\\]*)*)\"", re.S)
_OPS = ['//', '**', '==', '!=', '>=', '<=', '+', '-', '/', '*', '%', '~', '[', ']', '(', ')',
        '{', '}', '<', '>', '=', '.', ':', '|', ',', ';']
_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0'}

_TOKEN_DESC = {
    'variable_end': 'end of print statement', 'block_end': 'end of statement block',
    'variable_begin': 'begin of print statement', 'block_begin': 'begin of statement block',
    'eof': 'end of template', 'string': 'string literal', 'integer': 'integer literal',
    'float': 'float literal', 'data': 'template data / text',
}


def describe_token(tok):
    """How jinja2 names a token in 'unexpected ...' messages."""
    if tok[1] == 'name':
        return tok[2]
    return _TOKEN_DESC.get(tok[1], tok[1])


def describe_type(ttype):
    """How jinja2 names a token type: ':' joined values become the value."""
    if ':' in ttype and len(ttype) > 1:
        return ttype.split(':', 1)[1]
    return _TOKEN_DESC.get(ttype, ttype)


def _unescape(s):
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '\\' and i + 1 < n:
            nxt = s[i + 1]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt == 'u' and i + 5 < n:
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            if nxt == 'x' and i + 3 < n:
                out.append(chr(int(s[i + 2:i + 4], 16)))
                i += 4
                continue
        out.append(c)
        i += 1
    return ''.join(out)


class Lexer:
    """Splits a template into tokens `(lineno, type, value)`."""

    def __init__(self, env):
        self.trim_blocks = env.trim_blocks
        self.lstrip_blocks = env.lstrip_blocks
        self.keep_trailing_newline = env.keep_trailing_newline

    def tokenize(self, src, name=None):
        src = src.replace('\r\n', '\n')
        if not self.keep_trailing_newline and src.endswith('\n'):
            src = src[:-1]
        self.src = src
        self.name = name
        toks = []
        pos = 0
        n = len(src)
        while pos < n:
            m = _START.search(src, pos)
            if m is None:
                toks.append((self.line(pos), 'data', src[pos:]))
                break
            data = src[pos:m.start()]
            kind = m.group()
            j = m.end()
            if src.startswith('-', j):
                data = data.rstrip()
                j += 1
            elif src.startswith('+', j):
                j += 1
            elif self.lstrip_blocks and kind != '{{':
                nl = data.rfind('\n') + 1
                if nl > 0 or pos == 0 or src[pos - 1] == '\n':
                    if not data[nl:].strip(' \t'):
                        data = data[:nl]
            if data:
                toks.append((self.line(pos), 'data', data))
            if kind == '{#':
                end = src.find('#}', j)
                if end < 0:
                    raise TemplateSyntaxError('Missing end of comment tag', self.line(m.start()), name)
                pos = self.after_end(end + 2, src[end - 1] == '-', True)
                continue
            if kind == '{%':
                raw = _RAW_BEGIN.match(src, j)
                if raw:
                    pos = self.raw_block(toks, raw, m.start())
                    continue
                pos = self.tag(toks, j, 'block')
            else:
                pos = self.tag(toks, j, 'variable')
        toks.append((self.line(n), 'eof', ''))
        return toks

    def line(self, pos):
        return self.src.count('\n', 0, pos) + 1

    def after_end(self, pos, strip, block):
        src = self.src
        if strip:
            m = _WS.match(src, pos)
            if m:
                return m.end()
        elif block and self.trim_blocks and src.startswith('\n', pos):
            return pos + 1
        return pos

    def raw_block(self, toks, raw, start):
        src = self.src
        end = _RAW_END.search(src, raw.end())
        if end is None:
            raise TemplateSyntaxError('Missing end of raw directive', self.line(start), self.name)
        body = src[raw.end():end.start()]
        if raw.group(1):
            body = body.lstrip()
        if end.group(1):
            body = body.rstrip()
        if body:
            toks.append((self.line(raw.end()), 'data', body))
        return self.after_end(end.end(), bool(end.group(2)), True)

    def tag(self, toks, pos, kind):
        src = self.src
        endmark = '%}' if kind == 'block' else '}}'
        toks.append((self.line(pos), kind + '_begin', ''))
        depth = []
        n = len(src)
        while True:
            m = _WS.match(src, pos)
            if m:
                pos = m.end()
            if pos >= n:
                raise TemplateSyntaxError(
                    'unexpected end of template, expected %r.' % ('end of print statement' if kind == 'variable' else 'end of statement block'),
                    self.line(pos), self.name)
            if not depth:
                if src.startswith(endmark, pos):
                    toks.append((self.line(pos), kind + '_end', ''))
                    return self.after_end(pos + 2, False, kind == 'block')
                if src.startswith('-' + endmark, pos):
                    toks.append((self.line(pos), kind + '_end', ''))
                    return self.after_end(pos + 3, True, kind == 'block')
            line = self.line(pos)
            c = src[pos]
            if c.isdigit():
                m = _FLOAT.match(src, pos)
                if m:
                    toks.append((line, 'float', float(m.group().replace('_', ''))))
                    pos = m.end()
                    continue
                m = _INT.match(src, pos)
                toks.append((line, 'integer', int(m.group().replace('_', ''), 0)))
                pos = m.end()
                continue
            m = _NAME.match(src, pos)
            if m:
                toks.append((line, 'name', m.group()))
                pos = m.end()
                continue
            if c == '"' or c == "'":
                m = _STRING.match(src, pos)
                if m is None:
                    raise TemplateSyntaxError('unexpected char %r at %d' % (c, pos), line, self.name)
                body = m.group(1) if m.group(1) is not None else m.group(2)
                toks.append((line, 'string', _unescape(body)))
                pos = m.end()
                continue
            for op in _OPS:
                if src.startswith(op, pos):
                    break
            else:
                raise TemplateSyntaxError('unexpected char %r at %d' % (c, pos), line, self.name)
            if op in '([{':
                depth.append(op)
            elif op in ')]}':
                if not depth:
                    raise TemplateSyntaxError('unexpected %r' % op, line, self.name)
                want = {')': '(', ']': '[', '}': '{'}[op]
                got = depth.pop()
                if got != want:
                    raise TemplateSyntaxError('unexpected %r, expected %r' % (op, {'(': ')', '[': ']', '{': '}'}[got]),
                                              line, self.name)
            toks.append((line, op, op))
            pos += len(op)


_STATEMENTS = {'for': 'parse_for', 'if': 'parse_if', 'block': 'parse_block', 'extends': 'parse_extends',
               'print': 'parse_print', 'macro': 'parse_macro', 'include': 'parse_include',
               'from': 'parse_from', 'import': 'parse_import', 'set': 'parse_set', 'with': 'parse_with',
               'autoescape': 'parse_autoescape', 'filter': 'parse_filterblock',
               'call': 'parse_call_block'}
_COMPARE = {'==': 'eq', '!=': 'ne', '<': 'lt', '>': 'gt', '<=': 'lteq', '>=': 'gteq'}
from _jinja2_exprs import ParserExprMixin


class Parser(ParserExprMixin):
    """Recursive descent over the token list, one method per grammar rule (as jinja2)."""

    def __init__(self, tokens, name, env):
        self.toks = tokens
        self.i = 0
        self.name = name
        self.env = env
        self.end_token_stack = []
        self.tag_stack = []

    @property
    def cur(self):
        return self.toks[self.i]

    def next(self):
        tok = self.toks[self.i]
        if tok[1] != 'eof':
            self.i += 1
        return tok

    def look(self):
        return self.toks[self.i + 1] if self.i + 1 < len(self.toks) else self.toks[-1]

    def test(self, expr):
        tok = self.toks[self.i]
        if ':' in expr and len(expr) > 1:
            t, v = expr.split(':', 1)
            return tok[1] == t and tok[2] == v
        return tok[1] == expr

    def test_any(self, *exprs):
        return any(self.test(e) for e in exprs)

    def skip_if(self, expr):
        if self.test(expr):
            return self.next()
        return None

    def fail(self, msg, lineno=None):
        raise TemplateSyntaxError(msg, lineno if lineno is not None else self.cur[0], self.name)

    def expect(self, expr):
        if not self.test(expr):
            tok = self.cur
            if tok[1] == 'eof':
                self.fail('unexpected end of template, expected %r.' % describe_type(expr))
            self.fail('expected token %r, got %r' % (describe_type(expr), describe_token(tok)))
        return self.next()

    def fail_unknown_tag(self, name, lineno):
        return self._fail_ut_eof(name, self.end_token_stack, lineno)

    def _fail_ut_eof(self, name, end_token_stack, lineno):
        expected = set()
        for exprs in end_token_stack:
            expected.update(describe_type(e) for e in exprs)
        currently_looking = None
        if end_token_stack:
            currently_looking = ' or '.join(repr(describe_type(e)) for e in end_token_stack[-1])
        if name is None:
            message = ['Unexpected end of template.']
        else:
            message = ['Encountered unknown tag %r.' % name]
        if currently_looking:
            if name is not None and name in expected:
                message.append('You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for %s.' % currently_looking)
            else:
                message.append('Jinja was looking for the following tags: %s.' % currently_looking)
        if self.tag_stack:
            message.append('The innermost block that needs to be closed is %r.' % self.tag_stack[-1])
        self.fail(' '.join(message), lineno)

    def parse(self):
        return self.subparse(None)

    def subparse(self, end_tokens):
        body = []
        data = []
        if end_tokens is not None:
            self.end_token_stack.append(end_tokens)
        try:
            while True:
                tok = self.cur
                if tok[1] == 'data':
                    data.append(('data', tok[2]))
                    self.next()
                elif tok[1] == 'variable_begin':
                    self.next()
                    data.append(self.parse_tuple(with_condexpr=True))
                    self.expect('variable_end')
                elif tok[1] == 'block_begin':
                    if data:
                        body.append(('output', data))
                        data = []
                    self.next()
                    if end_tokens is not None and self.test_any(*end_tokens):
                        return body
                    rv = self.parse_statement()
                    if isinstance(rv, list):
                        body.extend(rv)
                    else:
                        body.append(rv)
                    self.expect('block_end')
                elif tok[1] == 'eof':
                    break
                else:
                    self.fail('internal parsing error')
            if data:
                body.append(('output', data))
                data = []
            if end_tokens is not None:
                self.fail_unknown_tag(None, self.cur[0])
        finally:
            if end_tokens is not None:
                self.end_token_stack.pop()
        return body

    def parse_statement(self):
        tok = self.cur
        if tok[1] != 'name':
            self.fail('tag name expected', tok[0])
        self.tag_stack.append(tok[2])
        pop_tag = True
        try:
            if tok[2] in _STATEMENTS:
                return getattr(self, _STATEMENTS[tok[2]])()
            pop_tag = False
            self.tag_stack.pop()
            self.fail_unknown_tag(tok[2], tok[0])
        finally:
            if pop_tag:
                self.tag_stack.pop()

    def parse_statements(self, end_tokens, drop_needle=False):
        self.skip_if(':')
        self.expect('block_end')
        result = self.subparse(end_tokens)
        if self.cur[1] == 'eof':
            self.fail_unknown_tag(None, self.cur[0])
        if drop_needle:
            self.next()
        return result

    def parse_set(self):
        lineno = self.next()[0]
        target = self.parse_assign_target(with_namespace=True)
        if self.skip_if('='):
            expr = self.parse_tuple()
            return ('set', target, expr, lineno)
        filt = self.parse_filter(None)
        body = self.parse_statements(('name:endset',), drop_needle=True)
        return ('setblock', target, filt, body, lineno)

    def parse_for(self):
        lineno = self.expect('name:for')[0]
        target = self.parse_assign_target(extra_end_rules=('name:in',))
        self.expect('name:in')
        it = self.parse_tuple(with_condexpr=False, extra_end_rules=('name:recursive',))
        test = None
        if self.skip_if('name:if'):
            test = self.parse_expression()
        recursive = bool(self.skip_if('name:recursive'))
        body = self.parse_statements(('name:endfor', 'name:else'))
        else_ = []
        if self.next()[2] != 'endfor':
            else_ = self.parse_statements(('name:endfor',), drop_needle=True)
        return ('for', target, it, body, else_, test, recursive, lineno)

    def parse_if(self):
        lineno = self.expect('name:if')[0]
        branches = []
        else_ = []
        while True:
            test = self.parse_tuple(with_condexpr=False)
            body = self.parse_statements(('name:elif', 'name:else', 'name:endif'))
            branches.append((test, body))
            tok = self.next()
            if tok[2] == 'elif':
                continue
            if tok[2] == 'else':
                else_ = self.parse_statements(('name:endif',), drop_needle=True)
            break
        return ('if', branches, else_, lineno)

    def parse_with(self):
        lineno = self.next()[0]
        targets, values = [], []
        while self.cur[1] != 'block_end':
            if targets:
                self.expect(',')
            target = self.parse_assign_target()
            self.expect('=')
            targets.append(target)
            values.append(self.parse_expression())
        body = self.parse_statements(('name:endwith',), drop_needle=True)
        return ('with', targets, values, body, lineno)

    def parse_autoescape(self):
        lineno = self.next()[0]
        expr = self.parse_expression()
        body = self.parse_statements(('name:endautoescape',), drop_needle=True)
        return ('autoescape', expr, body, lineno)

    def parse_block(self):
        lineno = self.next()[0]
        name = self.expect('name')[2]
        scoped = bool(self.skip_if('name:scoped'))
        required = bool(self.skip_if('name:required'))
        if self.cur[1] == '-':
            self.fail('Block names in Jinja have to be valid Python identifiers and may not contain hyphens, use an underscore instead.')
        body = self.parse_statements(('name:endblock',), drop_needle=True)
        if self.test('name:' + name):
            self.next()
        elif self.cur[1] == 'name':
            self.fail('mismatching name in endblock')
        return ('block', name, body, scoped, required, lineno)

    def parse_extends(self):
        lineno = self.next()[0]
        return ('extends', self.parse_expression(), lineno)

    def parse_context(self, default):
        if self.test_any('name:with', 'name:without') and self.look()[1] == 'name' and self.look()[2] == 'context':
            default = self.next()[2] == 'with'
            self.next()
        return default

    def parse_include(self):
        lineno = self.next()[0]
        template = self.parse_expression()
        ignore = False
        if self.test('name:ignore') and self.look()[1] == 'name' and self.look()[2] == 'missing':
            ignore = True
            self.next()
            self.next()
        with_context = self.parse_context(True)
        return ('include', template, ignore, with_context, lineno)

    def parse_import(self):
        lineno = self.next()[0]
        template = self.parse_expression()
        self.expect('name:as')
        target = self.parse_assign_target(name_only=True)[1]
        with_context = self.parse_context(False)
        return ('import', template, target, with_context, lineno)

    def parse_from(self):
        lineno = self.next()[0]
        template = self.parse_expression()
        self.expect('name:import')
        names = []
        with_context = False
        while True:
            if names:
                self.expect(',')
            if self.cur[1] == 'name':
                if self.test_any('name:with', 'name:without') and self.look()[1] == 'name' and self.look()[2] == 'context':
                    with_context = self.next()[2] == 'with'
                    self.next()
                    break
                target = self.parse_assign_target(name_only=True)[1]
                if target.startswith('_'):
                    self.fail('names starting with an underline can not be imported')
                if self.skip_if('name:as'):
                    alias = self.parse_assign_target(name_only=True)[1]
                    names.append((target, alias))
                else:
                    names.append((target, target))
                if self.cur[1] != ',':
                    break
            else:
                self.expect('name')
        return ('fromimport', template, names, with_context, lineno)

    def parse_signature(self):
        args, defaults = [], []
        self.expect('(')
        while self.cur[1] != ')':
            if args:
                self.expect(',')
            arg = self.parse_assign_target(name_only=True)[1]
            if self.skip_if('='):
                defaults.append(self.parse_expression())
            elif defaults:
                self.fail('non-default argument follows default argument')
            args.append(arg)
        self.expect(')')
        return args, defaults

    def parse_call_block(self):
        lineno = self.next()[0]
        if self.cur[1] == '(':
            args, defaults = self.parse_signature()
        else:
            args, defaults = [], []
        call = self.parse_expression()
        if call[0] != 'call':
            self.fail('expected call', lineno)
        body = self.parse_statements(('name:endcall',), drop_needle=True)
        return ('callblock', call, args, defaults, body, lineno)

    def parse_filter(self, node, start_inline=False):
        while self.cur[1] == '|' or start_inline:
            if not start_inline:
                self.next()
            tok = self.expect('name')
            name = tok[2]
            while self.cur[1] == '.':
                self.next()
                name += '.' + self.expect('name')[2]
            args, kwargs, dyn_args, dyn_kwargs = [], [], None, None
            if self.cur[1] == '(':
                args, kwargs, dyn_args, dyn_kwargs = self.parse_call_args()
            node = ('filter', node, name, args, kwargs, dyn_args, dyn_kwargs, tok[0])
            start_inline = False
        return node

    def parse_filterblock(self):
        lineno = self.next()[0]
        filt = self.parse_filter(None, start_inline=True)
        body = self.parse_statements(('name:endfilter',), drop_needle=True)
        return ('filterblock', filt, body, lineno)

    def parse_macro(self):
        lineno = self.next()[0]
        name = self.parse_assign_target(name_only=True)[1]
        args, defaults = self.parse_signature()
        body = self.parse_statements(('name:endmacro',), drop_needle=True)
        return ('macro', name, args, defaults, body, lineno)

    def parse_print(self):
        lineno = self.next()[0]
        nodes = []
        while self.cur[1] != 'block_end':
            if nodes:
                self.expect(',')
            nodes.append(self.parse_expression())
        return ('output', nodes)

    def parse_do(self):
        lineno = self.next()[0]
        return ('do', self.parse_tuple(), lineno)


def parse(env, source, name=None):
    """The statement list of template `source`."""
    toks = Lexer(env).tokenize(source, name)
    return Parser(toks, name, env).parse()
