"""jinja2 templates compiled for the native renderer (`_jinja2_native.render`).

The parsed template (the tuples of _jinja2_parser) becomes a few functions of flat stack
code (root, one per block), each a list of `(op, a, b)` tuples with the constants, filters
and tests they use in side tables; `_jinja2_native.assemble` turns that into the Rust IR.
Scoping follows _jinja2_codegen exactly (names a scope assigns get their own slot,
initialised from the enclosing scope; other names resolve from the context). A construct
this compiler does not cover raises `Unsupported`: the template then renders with the
generated Python code only, so behaviour never depends on which path runs.
"""

from _jinja2_codegen import _assigned, _target_names, _refers
from _jinja2_filters import FILTERS as _BUILTIN_FILTERS, TESTS as _BUILTIN_TESTS
from _jinja2_runtime import Context, NATIVE_HELPERS, _nsset

_LOOP_ATTRS = frozenset(['index', 'index0', 'revindex', 'revindex0', 'first', 'last', 'length',
                         'depth', 'depth0', 'previtem', 'nextitem'])
_BINOPS = {'+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod',
           '**': 'pow'}
_COMPARE = {'eq', 'ne', 'lt', 'gt', 'lteq', 'gteq', 'in', 'notin'}


class Unsupported(Exception):
    """A construct the native renderer does not handle (yet)."""


class Frame:
    """A template scope: names -> slot numbers of the function."""

    def __init__(self, parent, fn, toplevel=False, loop=None):
        self.parent = parent
        self.fn = fn
        self.names = {}
        self.toplevel = toplevel
        # the index of the innermost for loop in scope (its `loop`), None outside loops
        self.loop = loop if loop is not None else (parent.loop if parent else None)

    def lookup(self, name):
        f = self
        while f is not None:
            slot = f.names.get(name)
            if slot is not None:
                return slot
            f = f.parent
        return None


class Function:
    """One function of the template: its code, slot names and loop depth."""

    def __init__(self, block=None):
        self.code = []
        self.slots = []
        self.free = {}
        self.loops = 0
        self.block = block

    def slot(self, name):
        self.slots.append(name)
        return len(self.slots) - 1

    def emit(self, op, a=0, b=0):
        self.code.append((op, a, b))
        return len(self.code) - 1

    def patch(self, at, target):
        op, a, b = self.code[at]
        if op in ('for_start', 'for_next'):
            self.code[at] = (op, a, target)
        else:
            self.code[at] = (op, target, b)


class Compiler:
    """Compiles one parsed template for the native renderer."""

    def __init__(self, env, name, autoescape):
        self.env = env
        self.name = name
        self.autoescape = autoescape
        self.consts = []
        self.const_keys = {}
        self.filters = []
        self.filter_keys = {}
        self.tests = []
        self.test_keys = {}
        self.funcs = []
        self.blocks = {}
        self.block_nodes = []
        self.has_extends = False
        self.deps = []
        self.soft = 0

    def const(self, value):
        key = (type(value), value) if isinstance(value, (str, int, float, bool, type(None))) else id(value)
        try:
            got = self.const_keys.get(key)
        except TypeError:
            got = None
            key = id(value)
        if got is None:
            got = len(self.consts)
            self.consts.append(value)
            self.const_keys[key] = got
        return got

    # --- functions ---

    def compile(self, body):
        root = Function()
        self.funcs.append(root)
        frame = Frame(None, root, toplevel=True)
        self.declare(body, frame)
        self.stmts(body, frame)
        root.emit('return')
        done = 0
        while done < len(self.block_nodes):
            node = self.block_nodes[done]
            done += 1
            fn = Function(block=node[1])
            self.blocks[node[1]] = len(self.funcs)
            self.funcs.append(fn)
            bframe = Frame(None, fn)
            self.declare(node[2], bframe)
            self.stmts(node[2], bframe)
            fn.emit('return')
        return self

    def declare(self, body, frame):
        """Slots for the names `body` assigns, initialised from the enclosing scope."""
        for name in dict.fromkeys(_assigned(body, [])):
            if name in frame.names:
                continue
            outer = self.lookup(name, frame)
            slot = frame.fn.slot(name)
            frame.names[name] = slot
            frame.fn.emit('copy', outer, slot)

    def lookup(self, name, frame):
        slot = frame.lookup(name)
        if slot is not None:
            return slot
        fn = frame.fn
        slot = fn.free.get(name)
        if slot is None:
            slot = fn.slot(name)
            fn.free[name] = slot
        return slot

    # --- statements ---

    def stmts(self, body, frame):
        for node in body:
            method = getattr(self, 's_' + node[0], None)
            if method is None:
                raise Unsupported(node[0])
            method(node, frame)

    def suppressed(self, frame):
        return self.has_extends and frame.toplevel

    def s_output(self, node, frame):
        if self.suppressed(frame):
            return
        fn = frame.fn
        for child in node[1]:
            if child[0] == 'data':
                if child[1]:
                    fn.emit('text', self.const(child[1]))
            elif child[0] == 'condexpr' and child[3] is None:
                # a false if-expression without else is the plain Undefined (whatever the
                # environment's kind), which prints nothing: only the true branch prints
                self.soft += 1
                self.expr(child[1], frame)
                skip = fn.emit('jump_if_false')
                self.expr(child[2], frame)
                fn.emit('print', int(self.autoescape))
                fn.patch(skip, len(fn.code))
                self.soft -= 1
            elif (child[0] == 'filter' and child[2] == 'safe' and child[1] is not None
                  and not child[3] and not child[4] and child[5] is None and child[6] is None
                  and self.env.filters.get('safe') is _BUILTIN_FILTERS['safe']):
                self.expr(child[1], frame)
                fn.emit('print_safe')
            else:
                self.expr(child, frame)
                fn.emit('print', int(self.autoescape))

    def s_if(self, node, frame):
        fn = frame.fn
        self.soft += 1
        ends = []
        for test, body in node[1]:
            self.expr(test, frame)
            skip = fn.emit('jump_if_false')
            self.stmts(body, frame)
            ends.append(fn.emit('jump'))
            fn.patch(skip, len(fn.code))
        self.stmts(node[2], frame)
        for at in ends:
            fn.patch(at, len(fn.code))
        self.soft -= 1

    def s_for(self, node, frame):
        _, target, it, body, else_, test, recursive, lineno = node
        if recursive or (test is not None and _refers(test, 'loop')):
            raise Unsupported('for')
        if not _loop_ok(body):
            raise Unsupported('loop')
        fn = frame.fn
        self.expr(it, frame)
        index = fn.loops
        fn.loops += 1
        inner = Frame(frame, fn, loop=index)
        names = []
        _target_names(target, names)
        for n in names:
            inner.names[n] = fn.slot(n)
        if test is not None:
            self.filtered(target, test, inner, index)
        start = fn.emit('for_start', index)
        top = fn.emit('for_next', index)
        self.store(target, inner)
        self.declare(body, inner)
        self.stmts(body, inner)
        fn.emit('jump', top)
        fn.patch(top, len(fn.code))
        fn.emit('for_end', index)
        done = fn.emit('jump')
        fn.patch(start, len(fn.code))
        self.stmts(else_, frame)
        fn.patch(done, len(fn.code))
        fn.loops -= 1

    def filtered(self, target, test, inner, index):
        """`for target in seq if test`: the items passing the test, as a list, replace the
        sequence on the stack (a first loop over it, at the same loop index)."""
        fn = inner.fn
        fn.emit('build_list', 0)
        fn.emit('swap')
        start = fn.emit('for_start', index)
        top = fn.emit('for_next', index)
        fn.emit('dup')
        self.store(target, inner)
        self.soft += 1
        self.expr(test, inner)
        self.soft -= 1
        skip = fn.emit('jump_if_false')
        fn.emit('list_append')
        fn.emit('jump', top)
        fn.patch(skip, len(fn.code))
        fn.emit('pop')
        fn.emit('jump', top)
        fn.patch(top, len(fn.code))
        fn.emit('for_end', index)
        fn.patch(start, len(fn.code))

    def store(self, target, frame):
        fn = frame.fn
        if target[0] == 'name':
            fn.emit('store', frame.lookup(target[1]))
            return
        if target[0] != 'tuple':
            raise Unsupported('target')
        fn.emit('unpack', len(target[1]))
        for t in target[1]:
            self.store(t, frame)

    def export(self, target, frame):
        if not frame.toplevel:
            return
        names = []
        _target_names(target, names)
        for n in names:
            frame.fn.emit('export', frame.lookup(n), self.const(n))

    def nsset(self, target, frame):
        """`{% set ns.attr = value %}` with the value on the stack: `_nsset(ns, attr, value)`."""
        fn = frame.fn
        fn.emit('const', self.const(_nsset))
        fn.emit('swap')
        fn.emit('load', self.lookup(target[1], frame))
        fn.emit('swap')
        fn.emit('const', self.const(target[2]))
        fn.emit('swap')
        fn.emit('call', 3, self.const(()))
        fn.emit('pop')

    def s_set(self, node, frame):
        target = node[1]
        if target[0] == 'nsref':
            self.expr(node[2], frame)
            self.nsset(target, frame)
            return
        self.expr(node[2], frame)
        self.store(target, frame)
        self.export(target, frame)

    def s_setblock(self, node, frame):
        _, target, filt, body, lineno = node
        fn = frame.fn
        fn.emit('capture')
        self.stmts(body, frame)
        fn.emit('end_capture', int(self.autoescape))
        if filt is not None:
            self.filter(filt, frame, value_on_stack=True)
        if target[0] == 'nsref':
            self.nsset(target, frame)
            return
        self.store(target, frame)
        self.export(target, frame)

    def s_filterblock(self, node, frame):
        fn = frame.fn
        fn.emit('capture')
        self.stmts(node[2], frame)
        fn.emit('end_capture', int(self.autoescape))
        self.filter(node[1], frame, value_on_stack=True)
        fn.emit('print', int(self.autoescape))

    def s_with(self, node, frame):
        _, targets, values, body, lineno = node
        for v in values:
            self.expr(v, frame)
        inner = Frame(frame, frame.fn)
        for t in targets:
            names = []
            _target_names(t, names)
            for n in names:
                inner.names[n] = frame.fn.slot(n)
        for t in reversed(targets):
            self.store(t, inner)
        self.declare(body, inner)
        self.stmts(body, inner)

    def s_block(self, node, frame):
        _, name, body, scoped, required, lineno = node
        if scoped or required:
            raise Unsupported('block')
        self.block_nodes.append(node)
        if self.suppressed(frame):
            return
        frame.fn.emit('block', self.const(name))

    def s_extends(self, node, frame):
        if not frame.toplevel or frame.fn is not self.funcs[0] or self.has_extends:
            raise Unsupported('extends')
        template = node[1]
        if template[0] != 'const' or not isinstance(template[1], str):
            raise Unsupported('extends')
        self.deps.append(template[1])
        fn = frame.fn
        fn.emit('const', self.const(template[1]))
        fn.emit('get_template', 0)
        fn.emit('extends')
        self.has_extends = True

    def s_include(self, node, frame):
        _, template, ignore, with_context, lineno = node
        if self.suppressed(frame):
            return
        if frame.loop is not None or template[0] != 'const' or not isinstance(template[1], str):
            # an include in a loop passes `loop` on; other names may be lists or templates
            raise Unsupported('include')
        if not ignore:
            self.deps.append(template[1])
        fn = frame.fn
        fn.emit('const', self.const(template[1]))
        fn.emit('get_template', int(bool(ignore)))
        pairs = ()
        if with_context:
            visible = {}
            chain = []
            f = frame
            while f is not None:
                chain.append(f)
                f = f.parent
            for f in reversed(chain):
                visible.update(f.names)
            pairs = tuple(visible.items())
        fn.emit('include', int(bool(with_context)), self.const(pairs))

    def s_autoescape(self, node, frame):
        # as the generated code: a constant setting applies to the body, else it stays
        saved = self.autoescape
        expr = node[1]
        self.autoescape = bool(expr[1]) if expr[0] == 'const' else saved
        self.stmts(node[2], frame)
        self.autoescape = saved

    # --- expressions ---

    def expr(self, node, frame):
        method = getattr(self, 'e_' + node[0], None)
        if method is None:
            raise Unsupported(node[0])
        method(node, frame)

    def e_name(self, node, frame):
        name = node[1]
        if name in ('loop', 'super', 'self', 'caller', 'varargs', 'kwargs'):
            if name != 'loop' or frame.loop is not None:
                raise Unsupported(name)
        frame.fn.emit('load', self.lookup(name, frame))

    def e_const(self, node, frame):
        frame.fn.emit('const', self.const(node[1]))

    def e_getattr(self, node, frame):
        inner = node[1]
        if inner == ('name', 'loop') and frame.loop is not None:
            if node[2] not in _LOOP_ATTRS:
                raise Unsupported('loop')
            frame.fn.emit('loop_attr', frame.loop, self.const(node[2]))
            return
        self.expr(inner, frame)
        frame.fn.emit('getattr', self.const(node[2]))

    def e_slice(self, node, frame):
        for part in node[1:]:
            if part is None:
                frame.fn.emit('const', self.const(None))
            else:
                self.expr(part, frame)
        frame.fn.emit('build_slice')

    def e_getitem(self, node, frame):
        self.expr(node[1], frame)
        self.expr(node[2], frame)
        frame.fn.emit('getitem')

    def args(self, args, kwargs, dyn_args, dyn_kwargs, frame):
        """Pushes the arguments; returns (count of positional, const index of keyword names)."""
        if dyn_args is not None or dyn_kwargs is not None:
            raise Unsupported('dynamic arguments')
        for a in args:
            self.expr(a, frame)
        for _, v in kwargs:
            self.expr(v, frame)
        return len(args), self.const(tuple(k for k, _ in kwargs))

    def e_call(self, node, frame):
        fn = frame.fn
        callee = node[1]
        if callee == ('getattr', ('name', 'loop'), 'cycle') and frame.loop is not None:
            if node[3] or node[4] is not None or node[5] is not None or not node[2]:
                raise Unsupported('loop.cycle')
            for a in node[2]:
                self.expr(a, frame)
            fn.emit('loop_cycle', frame.loop, len(node[2]))
            return
        if callee == ('name', 'super'):
            if fn.block is None or node[2] or node[3] or node[4] is not None or node[5] is not None:
                raise Unsupported('super')
            fn.emit('super')
            return
        self.expr(callee, frame)
        npos, kw = self.args(node[2], node[3], node[4], node[5], frame)
        fn.emit('call', npos, kw)

    def filter(self, node, frame, value_on_stack=False):
        _, inner, name, args, kwargs, dyn_args, dyn_kwargs, lineno = node
        if inner is not None and value_on_stack and inner[0] == 'filter':
            # `{% filter a|b %}`: the chain starts from the captured text
            self.filter(inner, frame, value_on_stack=True)
        elif inner is not None:
            self.expr(inner, frame)
        elif not value_on_stack:
            raise Unsupported('filter')
        func = self.env.filters.get(name)
        if func is None:
            raise Unsupported('missing filter')
        pass_arg = getattr(func, 'jinja_pass_arg', None)
        if pass_arg == 'context':
            if _BUILTIN_FILTERS.get(name) is not func:
                raise Unsupported('context filter')
            # map/select/reject(attr) use the context for its environment only
            prefix = Context(self.env, {}, self.name, {}, self.autoescape)
        elif pass_arg == 'environment':
            prefix = self.env
        elif pass_arg == 'eval_context':
            ns = self.env._runtime_ns()
            prefix = ns['_evalctx_on'] if self.autoescape else ns['_evalctx_off']
        else:
            prefix = None
        if name == 'map' and native_map_unsafe(self.env, args, kwargs):
            raise Unsupported('map')
        native = name if _BUILTIN_FILTERS.get(name) is func else None
        key = (name, id(func))
        index = self.filter_keys.get(key)
        if index is None:
            index = len(self.filters)
            self.filters.append((native, func, pass_arg is not None, prefix))
            self.filter_keys[key] = index
        npos, kw = self.args(args, kwargs, dyn_args, dyn_kwargs, frame)
        frame.fn.emit('filter', index, (npos << 16) | kw)

    def e_filter(self, node, frame):
        self.filter(node, frame)

    def e_test(self, node, frame):
        _, inner, name, args, kwargs, dyn_args, dyn_kwargs, lineno = node
        func = self.env.tests.get(name)
        if func is None:
            raise Unsupported('missing test')
        self.expr(inner, frame)
        prefix = self.env if getattr(func, 'jinja_pass_arg', None) == 'environment' else None
        native = name if _BUILTIN_TESTS.get(name) is func else None
        index = len(self.tests)
        self.tests.append((native, func, prefix is not None, prefix))
        npos, kw = self.args(args, kwargs, dyn_args, dyn_kwargs, frame)
        frame.fn.emit('test', index, (npos << 16) | kw)

    def e_binop(self, node, frame):
        self.expr(node[2], frame)
        self.expr(node[3], frame)
        frame.fn.emit('binary', self.const(_BINOPS[node[1]]))

    def e_neg(self, node, frame):
        self.expr(node[1], frame)
        frame.fn.emit('unary', self.const('neg'))

    def e_pos(self, node, frame):
        self.expr(node[1], frame)
        frame.fn.emit('unary', self.const('pos'))

    def e_not(self, node, frame):
        self.expr(node[1], frame)
        frame.fn.emit('not')

    def e_and(self, node, frame):
        self.short_circuit(node, frame, 'jump_if_false')

    def e_or(self, node, frame):
        self.short_circuit(node, frame, 'jump_if_true')

    def short_circuit(self, node, frame, jump):
        # a, dup, jump_if END (the copy of a stays), pop, b, END
        fn = frame.fn
        self.expr(node[1], frame)
        fn.emit('dup')
        at = fn.emit(jump)
        fn.emit('pop')
        self.expr(node[2], frame)
        fn.patch(at, len(fn.code))

    def e_compare(self, node, frame):
        # a < b < c: each middle operand evaluated once (kept in a hidden slot)
        fn = frame.fn
        self.expr(node[1], frame)
        ends = []
        last = len(node[2]) - 1
        for i, (op, rhs) in enumerate(node[2]):
            self.expr(rhs, frame)
            if i < last:
                temp = fn.slot('')
                fn.emit('store', temp)
                fn.emit('load', temp)
            fn.emit('compare', self.const('in' if op == 'notin' else op))
            if op == 'notin':
                fn.emit('not')
            if i < last:
                fn.emit('dup')
                ends.append(fn.emit('jump_if_false'))
                fn.emit('pop')
                fn.emit('load', temp)
        for at in ends:
            fn.patch(at, len(fn.code))

    def e_condexpr(self, node, frame):
        fn = frame.fn
        self.soft += 1
        self.expr(node[1], frame)
        other = fn.emit('jump_if_false')
        self.expr(node[2], frame)
        end = fn.emit('jump')
        fn.patch(other, len(fn.code))
        if node[3] is None:
            hint = 'the inline if-expression on line %d evaluated to false and no else section was defined.' % 0
            fn.emit('undefined', self.const(hint))
        else:
            self.expr(node[3], frame)
        fn.patch(end, len(fn.code))
        self.soft -= 1

    def e_concat(self, node, frame):
        for a in node[1]:
            self.expr(a, frame)
        frame.fn.emit('concat', len(node[1]), int(self.autoescape))

    def e_list(self, node, frame):
        for a in node[1]:
            self.expr(a, frame)
        frame.fn.emit('build_list', len(node[1]))

    def e_tuple(self, node, frame):
        for a in node[1]:
            self.expr(a, frame)
        frame.fn.emit('build_tuple', len(node[1]))

    def e_dict(self, node, frame):
        for k, v in node[1]:
            self.expr(k, frame)
            self.expr(v, frame)
        frame.fn.emit('build_dict', len(node[1]))


def native_map_unsafe(env, args, kwargs):
    """Whether `map(...)` may call a user filter that needs the real context."""
    if not args:
        return False
    if args[0][0] != 'const':
        return True
    func = env.filters.get(args[0][1])
    return getattr(func, 'jinja_pass_arg', None) == 'context' and _BUILTIN_FILTERS.get(args[0][1]) is not func


def _loop_ok(tree):
    """Whether `loop` in a loop body is only `loop.<attr>` or `loop.cycle(...)` (and no
    include, which would pass `loop` on)."""
    if isinstance(tree, tuple):
        if len(tree) == 2 and tree[0] == 'name' and tree[1] == 'loop':
            return False
        if tree and tree[0] == 'include':
            return False
        if tree and tree[0] == 'for':
            # a nested loop has its own `loop`: its body is checked when it is compiled
            return all(_loop_ok(x) for x in tree[1:3] if isinstance(x, (tuple, list)))
        if len(tree) == 3 and tree[0] == 'getattr' and tree[1] == ('name', 'loop'):
            return tree[2] in _LOOP_ATTRS
        if (len(tree) == 6 and tree[0] == 'call' and tree[1] == ('getattr', ('name', 'loop'), 'cycle')):
            return all(_loop_ok(a) for a in tree[2])
        return all(_loop_ok(x) for x in tree if isinstance(x, (tuple, list)))
    if isinstance(tree, list):
        return all(_loop_ok(x) for x in tree)
    return True


def compile_native(env, body, name, autoescape):
    """(the native IR object of a parsed template, the names of the templates it extends),
    or (None, ()) when it uses what the native renderer does not cover."""
    try:
        import _jinja2_native
        comp = Compiler(env, name, autoescape).compile(body)
    except (Unsupported, ImportError):
        return None, ()
    funcs = [(tuple(f.code), tuple(f.slots), f.loops) for f in comp.funcs]
    blocks = tuple(comp.blocks.items())
    native = _jinja2_native.assemble(funcs, tuple(comp.consts), tuple(comp.filters), tuple(comp.tests),
                                   blocks, autoescape, comp.has_extends, tuple(comp.deps),
                                   NATIVE_HELPERS)
    return native, tuple(comp.deps)
