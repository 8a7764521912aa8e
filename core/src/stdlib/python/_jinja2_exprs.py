"""jinja2's expression grammar (parser.py parse_expression and below), as a mixin of the Parser.

Nodes are tuples: ('name', n), ('const', v), ('getattr', obj, attr), ('getitem', obj, arg),
('call', fn, args, kwargs, dyn_args, dyn_kwargs), ('filter', node, name, args, kwargs, dyn_args,
dyn_kwargs, lineno), ('test', node, name, args, kwargs, dyn_args, dyn_kwargs, lineno),
('binop', op, l, r), ('neg', x), ('pos', x), ('not', x), ('and', a, b), ('or', a, b),
('compare', first, [(op, node)]), ('condexpr', test, a, b), ('concat', [nodes]),
('list', items), ('tuple', items), ('dict', [(k, v)]), ('slice', start, stop, step),
('nsref', name, attr).
"""

_COMPARE_OPS = {'==': 'eq', '!=': 'ne', '<': 'lt', '>': 'gt', '<=': 'lteq', '>=': 'gteq'}


class ParserExprMixin:
    """Expression parsing for Parser (needs cur/next/test/expect/fail)."""

    def parse_assign_target(self, with_tuple=True, name_only=False, extra_end_rules=None,
                            with_namespace=False):
        if name_only:
            tok = self.expect('name')
            return ('name', tok[2])
        if with_namespace and self.cur[1] == 'name' and self.look()[1] == '.':
            name = self.next()[2]
            self.next()
            attr = self.expect('name')[2]
            return ('nsref', name, attr)
        if with_tuple:
            target = self.parse_tuple(simplified=True, extra_end_rules=extra_end_rules)
        else:
            target = self.parse_primary()
        if not _assignable(target):
            self.fail("can't assign to %r" % _node_type(target))
        return target

    def parse_expression(self, with_condexpr=True):
        if with_condexpr:
            return self.parse_condexpr()
        return self.parse_or()

    def parse_condexpr(self):
        expr1 = self.parse_or()
        while self.skip_if('name:if'):
            expr2 = self.parse_or()
            expr3 = self.parse_condexpr() if self.skip_if('name:else') else None
            expr1 = ('condexpr', expr2, expr1, expr3)
        return expr1

    def parse_or(self):
        left = self.parse_and()
        while self.skip_if('name:or'):
            left = ('or', left, self.parse_and())
        return left

    def parse_and(self):
        left = self.parse_not()
        while self.skip_if('name:and'):
            left = ('and', left, self.parse_not())
        return left

    def parse_not(self):
        if self.test('name:not'):
            self.next()
            return ('not', self.parse_not())
        return self.parse_compare()

    def parse_compare(self):
        expr = self.parse_math1()
        ops = []
        while True:
            t = self.cur[1]
            if t in _COMPARE_OPS:
                self.next()
                ops.append((_COMPARE_OPS[t], self.parse_math1()))
            elif self.skip_if('name:in'):
                ops.append(('in', self.parse_math1()))
            elif self.test('name:not') and self.look()[1] == 'name' and self.look()[2] == 'in':
                self.next()
                self.next()
                ops.append(('notin', self.parse_math1()))
            else:
                break
        if not ops:
            return expr
        return ('compare', expr, ops)

    def parse_math1(self):
        left = self.parse_concat()
        while self.cur[1] in ('+', '-'):
            op = self.next()[1]
            left = ('binop', op, left, self.parse_concat())
        return left

    def parse_concat(self):
        args = [self.parse_math2()]
        while self.cur[1] == '~':
            self.next()
            args.append(self.parse_math2())
        if len(args) == 1:
            return args[0]
        return ('concat', args)

    def parse_math2(self):
        left = self.parse_pow()
        while self.cur[1] in ('*', '/', '//', '%'):
            op = self.next()[1]
            left = ('binop', op, left, self.parse_pow())
        return left

    def parse_pow(self):
        left = self.parse_unary()
        while self.cur[1] == '**':
            self.next()
            left = ('binop', '**', left, self.parse_unary())
        return left

    def parse_unary(self, with_filter=True):
        t = self.cur[1]
        if t == '-':
            self.next()
            node = ('neg', self.parse_unary(False))
        elif t == '+':
            self.next()
            node = ('pos', self.parse_unary(False))
        else:
            node = self.parse_primary()
        node = self.parse_postfix(node)
        if with_filter:
            node = self.parse_filter_expr(node)
        return node

    def parse_primary(self):
        tok = self.cur
        t = tok[1]
        if t == 'name':
            v = tok[2]
            if v in ('true', 'false', 'True', 'False'):
                node = ('const', v in ('true', 'True'))
            elif v in ('none', 'None'):
                node = ('const', None)
            else:
                node = ('name', v)
            self.next()
        elif t == 'string':
            self.next()
            buf = [tok[2]]
            while self.cur[1] == 'string':
                buf.append(self.next()[2])
            node = ('const', ''.join(buf))
        elif t in ('integer', 'float'):
            self.next()
            node = ('const', tok[2])
        elif t == '(':
            self.next()
            node = self.parse_tuple(explicit_parentheses=True)
            self.expect(')')
        elif t == '[':
            node = self.parse_list()
        elif t == '{':
            node = self.parse_dict()
        else:
            from _jinja2_parser import describe_token
            self.fail('unexpected %r' % describe_token(tok), tok[0])
        return node

    def parse_tuple(self, simplified=False, with_condexpr=True, extra_end_rules=None,
                    explicit_parentheses=False):
        lineno = self.cur[0]
        if simplified:
            parse = self.parse_primary
        elif with_condexpr:
            parse = self.parse_expression
        else:
            def parse():
                return self.parse_expression(with_condexpr=False)
        args = []
        is_tuple = False
        while True:
            if args:
                self.expect(',')
            if self.is_tuple_end(extra_end_rules):
                break
            args.append(parse())
            if self.cur[1] == ',':
                is_tuple = True
            else:
                break
        if not is_tuple:
            if args:
                return args[0]
            if not explicit_parentheses:
                from _jinja2_parser import describe_token
                self.fail('Expected an expression, got %r' % describe_token(self.cur))
        return ('tuple', args)

    def is_tuple_end(self, extra_end_rules=None):
        if self.cur[1] in ('variable_end', 'block_end', ')'):
            return True
        if extra_end_rules is not None:
            return self.test_any(*extra_end_rules)
        return False

    def parse_list(self):
        self.expect('[')
        items = []
        while self.cur[1] != ']':
            if items:
                self.expect(',')
            if self.cur[1] == ']':
                break
            items.append(self.parse_expression())
        self.expect(']')
        return ('list', items)

    def parse_dict(self):
        self.expect('{')
        items = []
        while self.cur[1] != '}':
            if items:
                self.expect(',')
            if self.cur[1] == '}':
                break
            key = self.parse_expression()
            self.expect(':')
            items.append((key, self.parse_expression()))
        self.expect('}')
        return ('dict', items)

    def parse_postfix(self, node):
        while True:
            t = self.cur[1]
            if t == '.' or t == '[':
                node = self.parse_subscript(node)
            elif t == '(':
                node = self.parse_call(node)
            else:
                break
        return node

    def parse_filter_expr(self, node):
        while True:
            t = self.cur[1]
            if t == '|':
                node = self.parse_filter(node)
            elif self.test('name:is'):
                node = self.parse_test(node)
            elif t == '(':
                node = self.parse_call(node)
            else:
                break
        return node

    def parse_subscript(self, node):
        tok = self.next()
        if tok[1] == '.':
            attr = self.cur
            self.next()
            if attr[1] == 'name':
                return ('getattr', node, attr[2])
            if attr[1] != 'integer':
                self.fail('expected name or number', attr[0])
            return ('getitem', node, ('const', attr[2]))
        args = []
        while self.cur[1] != ']':
            if args:
                self.expect(',')
            args.append(self.parse_subscribed())
        self.expect(']')
        arg = args[0] if len(args) == 1 else ('tuple', args)
        return ('getitem', node, arg)

    def parse_subscribed(self):
        args = []
        if self.cur[1] == ':':
            self.next()
            args.append(None)
        else:
            node = self.parse_expression()
            if self.cur[1] != ':':
                return node
            self.next()
            args.append(node)
        if self.cur[1] == ':':
            args.append(None)
        elif self.cur[1] not in (']', ','):
            args.append(self.parse_expression())
        else:
            args.append(None)
        if self.cur[1] == ':':
            self.next()
            if self.cur[1] not in (']', ','):
                args.append(self.parse_expression())
            else:
                args.append(None)
        else:
            args.append(None)
        return ('slice', args[0], args[1], args[2])

    def parse_call_args(self):
        self.expect('(')
        args, kwargs = [], []
        dyn_args = dyn_kwargs = None
        require_comma = False
        while self.cur[1] != ')':
            if require_comma:
                self.expect(',')
                if self.cur[1] == ')':
                    break
            if self.cur[1] == '*':
                self.next()
                dyn_args = self.parse_expression()
            elif self.cur[1] == '**':
                self.next()
                dyn_kwargs = self.parse_expression()
            elif self.cur[1] == 'name' and self.look()[1] == '=':
                key = self.cur[2]
                self.next()
                self.next()
                kwargs.append((key, self.parse_expression()))
            else:
                if dyn_args is not None or dyn_kwargs is not None or kwargs:
                    self.fail('Invalid argument syntax for call expression')
                args.append(self.parse_expression())
            require_comma = True
        self.expect(')')
        return args, kwargs, dyn_args, dyn_kwargs

    def parse_call(self, node):
        args, kwargs, dyn_args, dyn_kwargs = self.parse_call_args()
        return ('call', node, args, kwargs, dyn_args, dyn_kwargs)

    def parse_test(self, node):
        tok = self.expect('name:is')
        negated = bool(self.skip_if('name:not'))
        name = self.expect('name')[2]
        while self.cur[1] == '.':
            self.next()
            name += '.' + self.expect('name')[2]
        dyn_args = dyn_kwargs = None
        kwargs = []
        if self.cur[1] == '(':
            args, kwargs, dyn_args, dyn_kwargs = self.parse_call_args()
        elif self.cur[1] in ('name', 'string', 'integer', 'float', '(', '[', '{') and not self.test_any(
                'name:else', 'name:or', 'name:and'):
            if self.test('name:is'):
                self.fail('You cannot chain multiple tests with is')
            arg = self.parse_postfix(self.parse_primary())
            args = [arg]
        else:
            args = []
        node = ('test', node, name, args, kwargs, dyn_args, dyn_kwargs, tok[0])
        if negated:
            node = ('not', node)
        return node


def _assignable(node):
    if node[0] == 'name':
        return node[1] not in ('true', 'false', 'none', 'True', 'False', 'None')
    if node[0] == 'tuple':
        return all(_assignable(x) for x in node[1])
    return node[0] == 'nsref'


def _node_type(node):
    return {'const': 'Const', 'getattr': 'Getattr', 'getitem': 'Getitem', 'call': 'Call'}.get(node[0], node[0])
