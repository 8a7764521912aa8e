"""jinja2's code generator: the parsed template -> Python source, run with exec.

Like jinja2's compiler.py: template variables become Python locals (`l_<depth>_<name>`),
names the template never assigns are resolved from the context once at function entry,
`{% for %}` bodies and macros get their own scope level, each block becomes its own
function `block_<name>(ctx)`. Output goes to a list joined at the end.
"""

from _jinja2_exceptions import TemplateAssertionError
from _jinja2_filters import NATIVE as _NATIVE_FILTERS
from _jinja2_runtime import StrictUndefined

_BINOPS = {'+', '-', '*', '/', '//', '%', '**'}
_CMP = {'eq': '==', 'ne': '!=', 'lt': '<', 'gt': '>', 'lteq': '<=', 'gteq': '>=', 'in': 'in',
        'notin': 'not in'}
_LOOP_ATTRS = frozenset(['index', 'index0', 'revindex', 'revindex0', 'first', 'last', 'length',
                         'cycle', 'previtem', 'nextitem', 'depth', 'depth0', 'changed'])


def _assigned(body, out):
    """Names a statement list assigns in its own scope (not in nested for/macro scopes)."""
    for node in body:
        kind = node[0]
        if kind in ('set', 'setblock'):
            _target_names(node[1], out)
        elif kind == 'macro':
            out.append(node[1])
        elif kind == 'import':
            out.append(node[2])
        elif kind == 'fromimport':
            for _, alias in node[2]:
                out.append(alias)
        elif kind == 'if':
            for _, b in node[1]:
                _assigned(b, out)
            _assigned(node[2], out)
        elif kind in ('filterblock', 'autoescape'):
            _assigned(node[2], out)
    return out


_INLINE_LOOP_ATTRS = frozenset(['index', 'index0', 'revindex', 'revindex0', 'first', 'last', 'length',
                                'depth', 'depth0'])


_INLINE_LOOP_CODE = {'index': '({i} + 1)', 'index0': '{i}', 'revindex': '({n} - {i})',
                     'revindex0': '({n} - {i} - 1)', 'first': '({i} == 0)', 'last': '({i} == {n} - 1)',
                     'length': '{n}', 'depth': '1', 'depth0': '0'}


def _loop_inlinable(tree):
    """Whether every mention of `loop` in `tree` is `loop.<attr>` of a counter attribute or
    `loop.cycle(a, ...)` with plain positional arguments: such loops need no LoopContext,
    the generated code computes those from the iteration counter."""
    if isinstance(tree, tuple):
        if len(tree) == 2 and tree[0] == 'name' and tree[1] == 'loop':
            return False
        if tree and tree[0] == 'include':
            # an include passes the loop's names (`loop` too) to the included template
            return False
        if (len(tree) == 3 and tree[0] == 'getattr' and tree[1] == ('name', 'loop')
                and tree[2] in _INLINE_LOOP_ATTRS):
            return True
        if (len(tree) == 6 and tree[0] == 'call' and tree[1] == ('getattr', ('name', 'loop'), 'cycle')
                and tree[2] and not tree[3] and tree[4] is None and tree[5] is None):
            return all(_loop_inlinable(a) for a in tree[2])
        return all(_loop_inlinable(x) for x in tree if isinstance(x, (tuple, list)))
    if isinstance(tree, list):
        return all(_loop_inlinable(x) for x in tree)
    return True


def _target_names(target, out):
    if target[0] == 'name':
        out.append(target[1])
    elif target[0] == 'tuple':
        for t in target[1]:
            _target_names(t, out)


def _refers(tree, name):
    """Whether `tree` mentions variable `name` anywhere (conservative)."""
    if isinstance(tree, tuple):
        if len(tree) == 2 and tree[0] == 'name' and tree[1] == name:
            return True
        return any(_refers(x, name) for x in tree if isinstance(x, (tuple, list)))
    if isinstance(tree, list):
        return any(_refers(x, name) for x in tree)
    return False


class Frame:
    """A template scope: template names -> Python identifiers."""

    def __init__(self, parent=None, level=0, fn=None):
        self.parent = parent
        self.names = {}
        self.level = level
        self.fn = fn if fn is not None else (parent.fn if parent else None)
        self.toplevel = False

    def lookup(self, name):
        f = self
        while f is not None:
            ident = f.names.get(name)
            if ident is not None:
                return ident
            f = f.parent
        return None

    def visible(self):
        out = {}
        chain = []
        f = self
        while f is not None:
            chain.append(f)
            f = f.parent
        for f in reversed(chain):
            out.update(f.names)
        return out


class FuncState:
    """Per Python function: the free names to resolve from the context at entry."""

    def __init__(self):
        self.free = {}


class CodeGen:
    """Writes the Python source of one template."""

    def __init__(self, env, name, autoescape):
        self.env = env
        self.name = name
        self.autoescape = autoescape
        self.lines = []
        self.ind = 0
        self.consts = {}
        self.const_ids = {}
        self.counter = 0
        self.blocks = {}
        self.has_extends = False
        self.buf = '_b'
        self.soft = 0
        self.inline_loops = {}

    def uid(self):
        self.counter += 1
        return self.counter

    def const(self, obj, prefix='c'):
        key = id(obj)
        got = self.const_ids.get(key)
        if got is not None:
            return got
        name = '%s_%d' % (prefix, self.uid())
        self.consts[name] = obj
        self.const_ids[key] = name
        return name

    def emit(self, line):
        self.lines.append('    ' * self.ind + line)

    def fail(self, msg, lineno):
        raise TemplateAssertionError(msg, lineno, self.name)

    # --- functions ---

    def function(self, header, body, frame, prologue=()):
        """Emits `def header:` with body statements compiled in `frame`; free names resolved first."""
        self.emit('def %s:' % header)
        self.ind += 1
        fs = frame.fn
        start = len(self.lines)
        saved_buf = self.buf
        self.buf = '_b'
        self.emit('_b = []')
        for line in prologue:
            self.emit(line)
        self.declare(body, frame)
        self.stmts(body, frame)
        # root and blocks return plain str (render() does; block references wrap it in Markup)
        if frame.toplevel and self.has_extends:
            self.emit('return _concat(_b) + _parent.root(ctx)')
        else:
            self.emit('return _concat(_b)')
        self.buf = saved_buf
        pro = []
        if any(name != 'self' for name in fs.free):
            pro.append('    ' * self.ind + '_cv = ctx.vars; _cp = ctx.parent')
        for name, ident in fs.free.items():
            pro.append('    ' * self.ind + '%s = %s' % (ident, self.resolve_expr(name)))
        self.lines[start:start] = pro
        self.ind -= 1

    def resolve_expr(self, name):
        if name == 'self':
            return '_TemplateReference(ctx)'
        # ctx.resolve(name) without the call in the common cases
        return '_cv[{0}] if {0} in _cv else _cp[{0}] if {0} in _cp else ctx.resolve({0})'.format(repr(name))

    def joined(self, buf):
        if self.autoescape:
            return '_Markup(_concat(%s))' % buf
        return '_concat(%s)' % buf

    def declare(self, body, frame):
        """Gives the names `body` assigns identifiers of this frame, initialised from outside."""
        for name in dict.fromkeys(_assigned(body, [])):
            if name in frame.names:
                continue
            outer = self.lookup(name, frame)
            ident = 'l_%d_%s' % (frame.level, name)
            if outer == ident:
                continue
            frame.names[name] = ident
            self.emit('%s = %s' % (ident, outer))

    def lookup(self, name, frame):
        ident = frame.lookup(name)
        if ident is not None:
            return ident
        free = frame.fn.free
        ident = free.get(name)
        if ident is None:
            ident = 'r_%s' % name
            free[name] = ident
        return ident

    def module(self, body):
        """The whole template: root(ctx) and the block functions."""
        frame = Frame(level=0, fn=FuncState())
        frame.toplevel = True
        self.function('root(ctx, _parent=None)', body, frame)
        # blocks may be discovered while compiling the root; compile them (and nested ones)
        done = set()
        while True:
            todo = [n for n in self.blocks if n not in done]
            if not todo:
                break
            for name in todo:
                done.add(name)
                node = self.blocks[name]
                bframe = Frame(level=0, fn=FuncState())
                pro = []
                if _refers(node[2], 'super'):
                    bframe.names['super'] = 'l_super'
                    pro.append('l_super = ctx.super_ref(%r, block_%s)' % (name, name))
                self.function('block_%s(ctx)' % name, node[2], bframe, pro)
        self.emit('blocks = {%s}' % ', '.join('%r: block_%s' % (n, n) for n in self.blocks))
        return '\n'.join(self.lines) + '\n'

    # --- statements ---

    def stmts(self, body, frame):
        if not body:
            self.emit('pass')
        for node in body:
            getattr(self, 's_' + node[0])(node, frame)

    def out(self, value_code):
        self.emit('%s.append(%s)' % (self.buf, value_code))

    def s_output(self, node, frame):
        if self.has_extends and frame.toplevel:
            return
        if self.autoescape and self.formatted_output(node, frame):
            return
        parts = []
        for child in node[1]:
            if child[0] == 'data':
                parts.append(repr(child[1]))
            elif child[0] == 'const' and isinstance(child[1], str) and not self.autoescape:
                parts.append(repr(child[1]))
            else:
                code = self.expr(child, frame)
                parts.append(('_esc_out(%s)' if self.autoescape else '_str(%s)') % code)
        if len(parts) == 1:
            self.out(parts[0])
        elif parts:
            self.emit('%s.extend((%s,))' % (self.buf, ', '.join(parts)))

    def formatted_output(self, node, frame):
        """Autoescaped output of several values: one `_fmt(pieces, *values)` call (the text
        between the values as a constant tuple) instead of one `_esc_out` per value. The
        values are all evaluated before the first is escaped, so not with undefined types
        whose printing raises (StrictUndefined), where the order decides which error shows."""
        values = [child for child in node[1] if child[0] != 'data']
        if len(values) < 2 or issubclass(self.env.undefined, StrictUndefined):
            return False
        pieces = ['']
        codes = []
        for child in node[1]:
            if child[0] == 'data':
                pieces[-1] += child[1]
            else:
                codes.append(self.expr(child, frame))
                pieces.append('')
        self.out('_fmt(%s, %s)' % (self.const(tuple(pieces), 'p'), ', '.join(codes)))
        return True

    def s_if(self, node, frame):
        self.soft += 1
        try:
            self.if_chain(node, frame)
        finally:
            self.soft -= 1

    def if_chain(self, node, frame):
        first = True
        for test, body in node[1]:
            self.emit(('if %s:' if first else 'elif %s:') % self.expr(test, frame))
            first = False
            self.ind += 1
            self.stmts(body, frame)
            self.ind -= 1
        if node[2]:
            self.emit('else:')
            self.ind += 1
            self.stmts(node[2], frame)
            self.ind -= 1

    def s_for(self, node, frame):
        _, target, it, body, else_, test, recursive, lineno = node
        seq = self.expr(it, frame)
        if not recursive:
            self.for_loop(node, frame, seq, '1', None)
            return
        fn = '_rloop%d' % self.uid()
        self.emit('def %s(_seq, _depth):' % fn)
        self.ind += 1
        saved = self.buf
        self.buf = '_rb%d' % self.uid()
        self.emit('%s = []' % self.buf)
        self.for_loop(node, frame, '_seq', '_depth', fn)
        self.emit('return %s' % self.joined(self.buf))
        self.buf = saved
        self.ind -= 1
        if self.has_extends and frame.toplevel:
            return
        self.out('%s(%s, 1)' % (fn, seq))

    def for_loop(self, node, frame, seq, depth, recurse):
        """The Python for statement of a template loop over `seq` (code)."""
        _, target, it, body, else_, test, recursive, lineno = node
        inner = Frame(frame, frame.level + 1)
        names = []
        _target_names(target, names)
        for n in names:
            inner.names[n] = 'l_%d_%s' % (inner.level, n)
        tcode = self.target(target, inner)
        uses_loop = recursive or _refers(body, 'loop') or (test is not None and _refers(test, 'loop'))
        if test is not None:
            cond = self.expr(test, inner)
            seq = '[%s for %s in %s if %s]' % (tcode, tcode, seq, cond)
        flag = None
        if else_:
            flag = '_it_%d' % self.uid()
            self.emit('%s = False' % flag)
        lp = 'l_%d_loop' % inner.level
        inline = (uses_loop and not recursive and _loop_inlinable(body)
                  and (test is None or not _refers(test, 'loop')))
        if inline:
            # the counter attributes of `loop` are computed from the index (see e_getattr)
            inner.names['loop'] = lp
            self.emit('%s_seq = _loop_seq(%s)' % (lp, seq))
            self.emit('%s_len = len(%s_seq)' % (lp, lp))
            self.emit('for %s_i, %s in enumerate(%s_seq):' % (lp, tcode, lp))
        elif uses_loop:
            inner.names['loop'] = lp
            self.emit('%s = _LoopContext(%s, %s, %s)' % (lp, seq, depth, recurse))
            self.emit('for %s.index0, %s in enumerate(%s._seq):' % (lp, tcode, lp))
        else:
            self.emit('for %s in %s:' % (tcode, seq))
        saved_inline = self.inline_loops.get(lp)
        self.inline_loops[lp] = inline
        self.ind += 1
        if flag:
            self.emit('%s = True' % flag)
        self.declare(body, inner)
        self.stmts(body, inner)
        self.ind -= 1
        self.inline_loops[lp] = saved_inline
        if else_:
            self.emit('if not %s:' % flag)
            self.ind += 1
            self.stmts(else_, frame)
            self.ind -= 1

    def target(self, target, frame):
        if target[0] == 'name':
            return frame.lookup(target[1])
        return '(%s,)' % ', '.join(self.target(t, frame) for t in target[1])

    def export(self, names, frame):
        if frame.toplevel:
            for n in names:
                self.emit('ctx.vars[%r] = %s' % (n, frame.lookup(n)))
                if not n.startswith('_'):
                    self.emit('ctx.exported_vars.add(%r)' % n)

    def s_set(self, node, frame):
        target, value = node[1], node[2]
        self.assign(target, self.expr(value, frame), frame)

    def assign(self, target, code, frame):
        if target[0] == 'nsref':
            self.emit('_nsset(%s, %r, %s)' % (self.lookup(target[1], frame), target[2], code))
            return
        self.emit('%s = %s' % (self.target(target, frame), code))
        names = []
        _target_names(target, names)
        self.export(names, frame)

    def capture(self, body, frame):
        """Compiles `body` writing into a fresh buffer; returns the code of its joined text."""
        buf = '_b%d' % self.uid()
        saved = self.buf
        self.emit('%s = []' % buf)
        self.buf = buf
        self.stmts(body, frame)
        self.buf = saved
        return self.joined(buf)

    def s_setblock(self, node, frame):
        _, target, filt, body, lineno = node
        code = self.capture(body, frame)
        if filt is not None:
            code = self.filter_call(filt, code, frame)
        self.assign(target, code, frame)

    def s_filterblock(self, node, frame):
        code = self.capture(node[2], frame)
        code = self.filter_call(node[1], code, frame)
        self.out(('_esc_out(%s)' if self.autoescape else '_str(%s)') % code)

    def s_autoescape(self, node, frame):
        saved = self.autoescape
        expr = node[1]
        self.autoescape = bool(expr[1]) if expr[0] == 'const' else saved
        self.stmts(node[2], frame)
        self.autoescape = saved

    def s_do(self, node, frame):
        self.emit(self.expr(node[1], frame))

    def s_with(self, node, frame):
        _, targets, values, body, lineno = node
        codes = [self.expr(v, frame) for v in values]
        inner = Frame(frame, frame.level + 1)
        for t in targets:
            names = []
            _target_names(t, names)
            for n in names:
                inner.names[n] = 'l_%d_%s' % (inner.level, n)
        for t, c in zip(targets, codes):
            self.emit('%s = %s' % (self.target(t, inner), c))
        self.declare(body, inner)
        self.stmts(body, inner)

    def macro_def(self, name, args, defaults, body, frame, lineno):
        """Emits a nested def for a macro body; returns the code of the Macro object."""
        inner = Frame(frame, frame.level + 1)
        for a in args:
            inner.names[a] = 'l_%d_%s' % (inner.level, a)
        params = [inner.names[a] for a in args]
        caller = _refers(body, 'caller') and 'caller' not in args
        kw = _refers(body, 'kwargs') and 'kwargs' not in args
        va = _refers(body, 'varargs') and 'varargs' not in args
        for flag, n in ((caller, 'caller'), (kw, 'kwargs'), (va, 'varargs')):
            if flag:
                inner.names[n] = 'l_%d_%s' % (inner.level, n)
                params.append(inner.names[n])
        fname = '_m%d' % self.uid()
        self.emit('def %s(%s):' % (fname, ', '.join(params)))
        self.ind += 1
        self.emit('_b = []')
        saved = self.buf
        self.buf = '_b'
        nodef = len(args) - len(defaults)
        for i, a in enumerate(args):
            ident = inner.names[a]
            if i >= nodef:
                self.emit('if %s is _missing:' % ident)
                self.emit('    %s = %s' % (ident, self.expr(defaults[i - nodef], inner)))
            else:
                self.emit('if %s is _missing:' % ident)
                self.emit('    %s = _undefined("parameter %r was not provided", %r)' % (ident, a, a))
        self.declare(body, inner)
        self.stmts(body, inner)
        self.emit('return %s' % self.joined('_b'))
        self.buf = saved
        self.ind -= 1
        return '_Macro(environment, %s, %r, %r, %d, %r, %r, %r, %r)' % (
            fname, name, tuple(args), len(defaults), kw, va, caller, self.autoescape)

    def s_macro(self, node, frame):
        _, name, args, defaults, body, lineno = node
        code = self.macro_def(name, args, defaults, body, frame, lineno)
        self.emit('%s = %s' % (frame.lookup(name), code))
        self.export([name], frame)

    def s_callblock(self, node, frame):
        _, call, args, defaults, body, lineno = node
        code = self.macro_def('caller', args, defaults, body, frame, lineno)
        cname = '_caller%d' % self.uid()
        self.emit('%s = %s' % (cname, code))
        call = ('call', call[1], call[2], call[3] + [('caller', ('raw', cname))], call[4], call[5])
        if self.has_extends and frame.toplevel:
            return
        self.out(('_esc_out(%s)' if self.autoescape else '_str(%s)') % self.expr(call, frame))

    def s_block(self, node, frame):
        name = node[1]
        if name in self.blocks:
            self.fail('block %r defined twice' % name, node[5])
        self.blocks[name] = node
        if self.has_extends and frame.toplevel:
            return
        self.out('ctx.blocks[%r][0](ctx)' % name)

    def s_extends(self, node, frame):
        if not frame.toplevel:
            self.fail('extended multiple times' if self.has_extends else 'extends only at top level', node[2])
        if self.has_extends:
            self.fail('extended multiple times', node[2])
        self.emit('_parent = environment.get_template(%s, %r)' % (self.expr(node[1], frame), self.name))
        self.emit('ctx.add_parent_blocks(_parent)')
        self.has_extends = True

    def locals_code(self, frame):
        vis = frame.visible()
        if not vis:
            return 'None'
        return '{%s}' % ', '.join('%r: %s' % (k, v) for k, v in vis.items())

    def s_include(self, node, frame):
        _, template, ignore, with_context, lineno = node
        if self.has_extends and frame.toplevel:
            return
        loc = self.locals_code(frame) if with_context else 'None'
        self.out('_include(environment, ctx, %s, %s, %r, %r, %r)' % (
            self.expr(template, frame), loc, ignore, with_context, self.name))

    def s_import(self, node, frame):
        _, template, target, with_context, lineno = node
        code = '_import(environment, ctx, %s, %r, %r)' % (self.expr(template, frame), with_context, self.name)
        self.emit('%s = %s' % (frame.lookup(target), code))
        self.export([target], frame)

    def s_fromimport(self, node, frame):
        _, template, names, with_context, lineno = node
        mod = '_mod%d' % self.uid()
        self.emit('%s = _import(environment, ctx, %s, %r, %r)' % (mod, self.expr(template, frame), with_context, self.name))
        for name, alias in names:
            self.emit('%s = _from_import(environment, %s, %r, %d)' % (frame.lookup(alias), mod, name, lineno))
        self.export([a for _, a in names], frame)

    # --- expressions ---

    def expr(self, node, frame):
        return getattr(self, 'e_' + node[0])(node, frame)

    def e_raw(self, node, frame):
        return node[1]

    def e_name(self, node, frame):
        return self.lookup(node[1], frame)

    def e_const(self, node, frame):
        v = node[1]
        if isinstance(v, float) and (v != v or v in (float('inf'), float('-inf'))):
            return self.const(v)
        return repr(v)

    def inline_loop(self, frame):
        """The identifier of the `loop` in scope when its loop is compiled inline, else None."""
        ident = frame.lookup('loop')
        if ident is not None and self.inline_loops.get(ident):
            return ident
        return None

    def e_getattr(self, node, frame):
        inner = node[1]
        if inner[0] == 'name' and inner[1] == 'loop' and node[2] in _LOOP_ATTRS:
            ident = frame.lookup('loop')
            if ident is not None and self.inline_loops.get(ident):
                return _INLINE_LOOP_CODE[node[2]].format(i=ident + '_i', n=ident + '_len')
            if ident is not None and ident.endswith('_loop'):
                return '%s.%s' % (ident, node[2])
        return '_getattr(%s, %r, environment)' % (self.expr(node[1], frame), node[2])

    def e_getitem(self, node, frame):
        return '_getitem(%s, %s)' % (self.expr(node[1], frame), self.expr(node[2], frame))

    def e_slice(self, node, frame):
        parts = ['None' if p is None else self.expr(p, frame) for p in node[1:]]
        return 'slice(%s)' % ', '.join(parts)

    def args_code(self, args, kwargs, dyn_args, dyn_kwargs, frame):
        parts = [self.expr(a, frame) for a in args]
        parts += ['%s=%s' % (k, self.expr(v, frame)) for k, v in kwargs]
        if dyn_args is not None:
            parts.append('*' + self.expr(dyn_args, frame))
        if dyn_kwargs is not None:
            parts.append('**' + self.expr(dyn_kwargs, frame))
        return parts

    def e_call(self, node, frame):
        if node[1] == ('getattr', ('name', 'loop'), 'cycle'):
            ident = self.inline_loop(frame)
            if ident is not None:
                items = ', '.join(self.expr(a, frame) for a in node[2])
                return '(%s,)[%s_i %% %d]' % (items, ident, len(node[2]))
        parts = self.args_code(node[2], node[3], node[4], node[5], frame)
        return '%s(%s)' % (self.expr(node[1], frame), ', '.join(parts))

    def filter_call(self, node, value_code, frame):
        _, inner, name, args, kwargs, dyn_args, dyn_kwargs, lineno = node
        if inner is not None and value_code is not None and inner[0] == 'filter':
            # `{% filter a|b %}`: the chain starts from the captured text
            value_code = self.filter_call(inner, value_code, frame)
        elif inner is not None:
            value_code = self.expr(inner, frame)
        func = self.env.filters.get(name)
        if func is None:
            if self.soft:
                return '_missing_filter(%r, %r)' % ('filter', name)
            self.fail('No filter named %r.' % name, lineno)
        parts = [value_code] + self.args_code(args, kwargs, dyn_args, dyn_kwargs, frame)
        pass_arg = getattr(func, 'jinja_pass_arg', None)
        if pass_arg == 'environment':
            parts.insert(0, 'environment')
        elif pass_arg == 'eval_context':
            parts.insert(0, '_evalctx_on' if self.autoescape else '_evalctx_off')
        elif pass_arg == 'context':
            parts.insert(0, 'ctx')
        native = _NATIVE_FILTERS.get(func)
        return '%s(%s)' % (self.const(func if native is None else native, 'f'), ', '.join(parts))

    def e_filter(self, node, frame):
        return self.filter_call(node, None, frame)

    def e_test(self, node, frame):
        _, inner, name, args, kwargs, dyn_args, dyn_kwargs, lineno = node
        func = self.env.tests.get(name)
        if func is None:
            if self.soft:
                return '_missing_filter(%r, %r)' % ('test', name)
            self.fail('No test named %r.' % name, lineno)
        parts = [self.expr(inner, frame)] + self.args_code(args, kwargs, dyn_args, dyn_kwargs, frame)
        if getattr(func, 'jinja_pass_arg', None) == 'environment':
            parts.insert(0, 'environment')
        return '%s(%s)' % (self.const(func, 't'), ', '.join(parts))

    def e_binop(self, node, frame):
        return '(%s %s %s)' % (self.expr(node[2], frame), node[1], self.expr(node[3], frame))

    def e_neg(self, node, frame):
        return '(-%s)' % self.expr(node[1], frame)

    def e_pos(self, node, frame):
        return '(+%s)' % self.expr(node[1], frame)

    def e_not(self, node, frame):
        return '(not %s)' % self.expr(node[1], frame)

    def e_and(self, node, frame):
        return '(%s and %s)' % (self.expr(node[1], frame), self.expr(node[2], frame))

    def e_or(self, node, frame):
        return '(%s or %s)' % (self.expr(node[1], frame), self.expr(node[2], frame))

    def e_compare(self, node, frame):
        parts = [self.expr(node[1], frame)]
        for op, rhs in node[2]:
            parts.append(_CMP[op])
            parts.append(self.expr(rhs, frame))
        return '(%s)' % ' '.join(parts)

    def e_condexpr(self, node, frame):
        self.soft += 1
        try:
            return self.condexpr(node, frame)
        finally:
            self.soft -= 1

    def condexpr(self, node, frame):
        if node[3] is None:
            # jinja2 makes this one with the plain Undefined whatever the environment's kind
            other = '_cond_undefined("the inline if-expression on line %d evaluated to false and no else section was defined.")' % 0
        else:
            other = self.expr(node[3], frame)
        return '(%s if %s else %s)' % (self.expr(node[2], frame), self.expr(node[1], frame), other)

    def e_concat(self, node, frame):
        fn = '_markup_join' if self.autoescape else '_str_join'
        return '%s((%s,))' % (fn, ', '.join(self.expr(a, frame) for a in node[1]))

    def e_list(self, node, frame):
        return '[%s]' % ', '.join(self.expr(a, frame) for a in node[1])

    def e_tuple(self, node, frame):
        return '(%s,)' % ', '.join(self.expr(a, frame) for a in node[1]) if node[1] else '()'

    def e_dict(self, node, frame):
        return '{%s}' % ', '.join('%s: %s' % (self.expr(k, frame), self.expr(v, frame)) for k, v in node[1])

    def e_nsref(self, node, frame):
        return '_getattr(%s, %r, environment)' % (self.lookup(node[1], frame), node[2])


def generate(env, body, name, autoescape):
    """(python source, constants namespace, has blocks) of a parsed template."""
    gen = CodeGen(env, name, autoescape)
    src = gen.module(body)
    return src, gen.consts, gen.has_extends
