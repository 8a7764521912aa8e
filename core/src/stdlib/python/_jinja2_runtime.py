"""jinja2's runtime (runtime.py, utils.py): what generated template code calls."""

from markupsafe import Markup, escape, soft_str, _escape_str
from _jinja2_exceptions import UndefinedError, TemplateRuntimeError, TemplateNotFound


class _MissingType:
    def __repr__(self):
        return 'missing'


missing = _MissingType()


def pass_context(f):
    f.jinja_pass_arg = 'context'
    return f


def pass_eval_context(f):
    f.jinja_pass_arg = 'eval_context'
    return f


def pass_environment(f):
    f.jinja_pass_arg = 'environment'
    return f


def object_type_repr(obj):
    if obj is None:
        return 'None'
    if obj is Ellipsis:
        return 'Ellipsis'
    cls = type(obj)
    if cls.__module__ == 'builtins':
        return f'{cls.__name__} object'
    return f'{cls.__module__}.{cls.__name__} object'


class Undefined:
    """The default undefined value: prints as empty, fails on most operations."""

    def __init__(self, hint=None, obj=missing, name=None, exc=UndefinedError):
        self._undefined_hint = hint
        self._undefined_obj = obj
        self._undefined_name = name
        self._undefined_exception = exc

    @property
    def _undefined_message(self):
        if self._undefined_hint:
            return self._undefined_hint
        if self._undefined_obj is missing:
            return f'{self._undefined_name!r} is undefined'
        if not isinstance(self._undefined_name, str):
            return f'{object_type_repr(self._undefined_obj)} has no element {self._undefined_name!r}'
        return f'{object_type_repr(self._undefined_obj)!r} has no attribute {self._undefined_name!r}'

    def _fail_with_undefined_error(self, *args, **kwargs):
        raise self._undefined_exception(self._undefined_message)

    def __getattr__(self, name):
        if name[:2] == '__':
            raise AttributeError(name)
        return self._fail_with_undefined_error()

    __add__ = __radd__ = __sub__ = __rsub__ = _fail_with_undefined_error
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _fail_with_undefined_error
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _fail_with_undefined_error
    __pos__ = __neg__ = __call__ = __getitem__ = _fail_with_undefined_error
    __lt__ = __le__ = __gt__ = __ge__ = __int__ = __float__ = _fail_with_undefined_error
    __complex__ = __pow__ = __rpow__ = _fail_with_undefined_error

    def __eq__(self, other):
        return type(self) is type(other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return id(type(self))

    def __str__(self):
        return ''

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __bool__(self):
        return False

    def __repr__(self):
        return 'Undefined'


class ChainableUndefined(Undefined):
    """An undefined whose attributes and items are undefined too."""

    def __html__(self):
        return str(self)

    def __getattr__(self, name):
        if name[:2] == '__':
            raise AttributeError(name)
        return self

    def __getitem__(self, name):
        return self


class DebugUndefined(Undefined):
    """An undefined that prints as the expression it stands for."""

    def __str__(self):
        if self._undefined_hint:
            message = f'undefined value printed: {self._undefined_hint}'
        elif self._undefined_obj is missing:
            message = self._undefined_name
        else:
            message = f'no such element: {object_type_repr(self._undefined_obj)}[{self._undefined_name!r}]'
        return f'{{{{ {message} }}}}'


class StrictUndefined(Undefined):
    """An undefined that fails on printing, iteration and truth tests too."""

    __iter__ = __str__ = __len__ = Undefined._fail_with_undefined_error
    __eq__ = __ne__ = __bool__ = __hash__ = Undefined._fail_with_undefined_error
    __contains__ = Undefined._fail_with_undefined_error


_DICT_ATTRS = frozenset(dir(dict))


def env_getattr(env, obj, attribute):
    """`obj.attribute` in a template: the attribute, else the item, else undefined."""
    if type(obj) is dict and attribute not in _DICT_ATTRS:
        v = obj.get(attribute, missing)
        if v is not missing:
            return v
        return env.undefined(obj=obj, name=attribute)
    try:
        return getattr(obj, attribute)
    except AttributeError:
        pass
    try:
        return obj[attribute]
    except (TypeError, LookupError, AttributeError):
        return env.undefined(obj=obj, name=attribute)


def env_getitem(env, obj, argument):
    """`obj[argument]` in a template: the item, else the attribute, else undefined."""
    try:
        return obj[argument]
    except (AttributeError, TypeError, LookupError):
        if isinstance(argument, str):
            try:
                return getattr(obj, argument)
            except AttributeError:
                pass
        return env.undefined(obj=obj, name=argument)


class EvalContext:
    """What pass_eval_context filters receive: the autoescape setting in effect."""

    def __init__(self, environment, autoescape):
        self.environment = environment
        self.autoescape = autoescape
        self.volatile = False


class LoopContext:
    """The `loop` variable of a for loop."""

    def __init__(self, iterable, depth=1, recurse=None):
        if not isinstance(iterable, (list, tuple)):
            iterable = list(iterable)
        self._recurse = recurse
        self._seq = iterable
        self.length = len(iterable)
        self.index0 = -1
        self.depth = depth
        self.depth0 = depth - 1
        self._last_changed_value = missing

    def __iter__(self):
        i = 0
        for item in self._seq:
            self.index0 = i
            i += 1
            yield item

    def __len__(self):
        return self.length

    def __call__(self, iterable):
        if self._recurse is None:
            raise TypeError("The loop must have the 'recursive' marker to be called recursively.")
        return self._recurse(iterable, self.depth + 1)

    @property
    def index(self):
        return self.index0 + 1

    @property
    def revindex0(self):
        return self.length - self.index0 - 1

    @property
    def revindex(self):
        return self.length - self.index0

    @property
    def first(self):
        return self.index0 == 0

    @property
    def last(self):
        return self.index0 == self.length - 1

    @property
    def previtem(self):
        if self.index0 == 0:
            return Undefined('there is no previous item')
        return self._seq[self.index0 - 1]

    @property
    def nextitem(self):
        if self.index0 + 1 >= self.length:
            return Undefined('there is no next item')
        return self._seq[self.index0 + 1]

    def cycle(self, *args):
        if not args:
            raise TypeError('no items for cycling given')
        return args[self.index0 % len(args)]

    def changed(self, *value):
        if self._last_changed_value != value:
            self._last_changed_value = value
            return True
        return False

    def __repr__(self):
        return f'<LoopContext {self.index}/{self.length}>'


class Macro:
    """A template macro: called like a function, returns the rendered body."""

    def __init__(self, environment, func, name, arguments, ndefaults, catch_kwargs,
                 catch_varargs, caller, autoescape):
        self._environment = environment
        self._func = func
        self._argument_count = len(arguments)
        self.name = name
        self.arguments = arguments
        self.catch_kwargs = catch_kwargs
        self.catch_varargs = catch_varargs
        self.caller = caller
        self.explicit_caller = 'caller' in arguments
        self._default_autoescape = autoescape

    def __call__(self, *args, **kwargs):
        arguments = list(args[:self._argument_count])
        off = len(arguments)
        found_caller = False
        if off != self._argument_count:
            for name in self.arguments[off:]:
                try:
                    value = kwargs.pop(name)
                except KeyError:
                    value = missing
                if name == 'caller':
                    found_caller = True
                arguments.append(value)
        else:
            found_caller = self.explicit_caller
        if self.caller and not found_caller:
            caller = kwargs.pop('caller', None)
            if caller is None:
                caller = self._environment.undefined('No caller defined', name='caller')
            arguments.append(caller)
        if self.catch_kwargs:
            arguments.append(kwargs)
        elif kwargs:
            if 'caller' in kwargs:
                raise TypeError(f'macro {self.name!r} was invoked with two values for the special caller argument. This is most likely a bug.')
            raise TypeError(f'macro {self.name!r} takes no keyword argument {next(iter(kwargs))!r}')
        if self.catch_varargs:
            arguments.append(args[self._argument_count:])
        elif len(args) > self._argument_count:
            raise TypeError(f'macro {self.name!r} takes not more than {len(self.arguments)} argument(s)')
        return self._func(*arguments)

    def __repr__(self):
        name = 'anonymous' if self.name is None else repr(self.name)
        return f'<{type(self).__name__} {name}>'


class Namespace:
    """A simple object whose attributes `{% set ns.attr = ... %}` may assign."""

    def __init__(*args, **kwargs):
        self, args = args[0], args[1:]
        self.__dict__.update(dict(*args, **kwargs))

    def __getitem__(self, name):
        return self.__dict__[name]

    def __repr__(self):
        return f'<Namespace {self.__dict__!r}>'


class Cycler:
    """Cycle through values by yield them one at a time, then restarting once the end is reached."""

    def __init__(self, *items):
        if not items:
            raise RuntimeError('at least one item has to be provided')
        self.items = items
        self.pos = 0

    def reset(self):
        self.pos = 0

    @property
    def current(self):
        return self.items[self.pos]

    def next(self):
        rv = self.current
        self.pos = (self.pos + 1) % len(self.items)
        return rv

    __next__ = next


class Joiner:
    """A joining helper for templates: '' the first time, the separator after."""

    def __init__(self, sep=', '):
        self.sep = sep
        self.used = False

    def __call__(self):
        if not self.used:
            self.used = True
            return ''
        return self.sep


def _nsset(obj, attr, value):
    if not isinstance(obj, Namespace):
        raise TemplateRuntimeError('cannot assign attribute on non-namespace object')
    setattr(obj, attr, value)


class BlockReference:
    """`super()` in a block: calling it renders the parent block."""

    def __init__(self, name, context, stack, depth):
        self.name = name
        self._context = context
        self._stack = stack
        self._depth = depth

    @property
    def super(self):
        if self._depth + 1 >= len(self._stack):
            return self._context.environment.undefined(f'there is no parent block called {self.name!r}.', name='super')
        return BlockReference(self.name, self._context, self._stack, self._depth + 1)

    def __call__(self):
        rv = self._stack[self._depth](self._context)
        if self._context.eval_ctx.autoescape:
            return Markup(rv)
        return rv


class Context:
    """The template context: the render variables plus what the template sets at top level."""

    def __init__(self, environment, parent, name, blocks, autoescape=False):
        self.environment = environment
        self.parent = parent
        self.vars = {}
        self.name = name
        self._autoescape = autoescape
        self.exported_vars = set()
        self.blocks = own = {}
        for k, v in blocks.items():
            own[k] = [v]

    @property
    def eval_ctx(self):
        return EvalContext(self.environment, self._autoescape)

    def resolve(self, key):
        v = self.vars.get(key, missing)
        if v is missing:
            v = self.parent.get(key, missing)
            if v is missing:
                return self.environment.undefined(name=key)
        return v

    def resolve_or_missing(self, key):
        v = self.vars.get(key, missing)
        if v is missing:
            return self.parent.get(key, missing)
        return v

    def get(self, key, default=None):
        v = self.resolve_or_missing(key)
        return default if v is missing else v

    def get_all(self):
        if not self.vars:
            return self.parent
        d = dict(self.parent)
        d.update(self.vars)
        return d

    def get_exported(self):
        return {k: self.vars[k] for k in self.exported_vars}

    def add_parent_blocks(self, template):
        for name, fn in template.blocks.items():
            self.blocks.setdefault(name, []).append(fn)

    def super_ref(self, name, current):
        stack = self.blocks.get(name, [])
        try:
            index = stack.index(current) + 1
        except ValueError:
            index = len(stack)
        if index >= len(stack):
            return self.environment.undefined(f'there is no parent block called {name!r}.', name='super')
        return BlockReference(name, self, stack, index)

    def __contains__(self, name):
        return name in self.vars or name in self.parent

    def __getitem__(self, key):
        v = self.resolve_or_missing(key)
        if v is missing:
            raise KeyError(key)
        return v

    def keys(self):
        return self.get_all().keys()

    def __repr__(self):
        return f'<Context {self.get_all()!r} of {self.name!r}>'


class TemplateReference:
    """`self` in a template: blocks by name."""

    def __init__(self, context):
        self.__context = context

    def __getitem__(self, name):
        blocks = self.__context.blocks[name]
        return BlockReference(name, self.__context, blocks, 0)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return self[name]


class TemplateModule:
    """An imported template: its exported macros and variables as attributes."""

    def __init__(self, template, context, body):
        self.__dict__.update(context.get_exported())
        self.__name__ = template.name
        self._body_stream = body

    def __html__(self):
        return Markup(self._body_stream)

    def __str__(self):
        return self._body_stream

    def __repr__(self):
        if self.__name__ is None:
            name = f'memory:{id(self):x}'
        else:
            name = repr(self.__name__)
        return f'<{type(self).__name__} {name}>'


def str_join(seq):
    return ''.join(map(str, seq))


def markup_join(seq):
    buf = []
    iterator = map(soft_str, seq)
    for arg in iterator:
        buf.append(arg)
        if hasattr(arg, '__html__'):
            return Markup('').join(chain_(buf, iterator))
    return ''.join(buf)


def chain_(a, b):
    yield from a
    yield from b


def include(environment, ctx, name, locals_, ignore_missing, with_context, parent_name):
    try:
        if isinstance(name, (list, tuple)):
            template = environment.select_template(name, parent_name)
        else:
            template = environment.get_template(name, parent_name)
    except TemplateNotFound:
        if ignore_missing:
            return ''
        raise
    if with_context:
        variables = ctx.get_all()
        if locals_:
            variables = dict(variables)
            for k, v in locals_.items():
                if not isinstance(v, Undefined):
                    variables[k] = v
        return template.root(template.new_context(variables, shared=True))
    return template.root(template.new_context({}))


def import_(environment, ctx, name, with_context, parent_name):
    template = environment.get_template(name, parent_name)
    if with_context:
        return template.make_module(ctx.get_all())
    return template.module


def from_import(environment, module, name, lineno):
    try:
        return getattr(module, name)
    except AttributeError:
        return environment.undefined(
            f'the template {module.__name__!r} (imported on line {lineno}) does not export the requested name {name!r}',
            name=name)


def missing_filter(kind, name):
    raise TemplateRuntimeError(f'No {kind} named {name!r} found.')


def escape_out_py(v):
    """Autoescaped output: the escaped text as a plain str (the buffer needs no Markup)."""
    if type(v) is str:
        return _escape_str(v)
    if hasattr(v, '__html__'):
        return str(v.__html__())
    if type(v) is int:
        return str(v)
    return escape(v)


def getattr_py(obj, attribute, env):
    """`obj.attribute` in compiled code (`_getattr`); `_jinja2_native.getattr` does it natively."""
    return env_getattr(env, obj, attribute)


def fmt_py(pieces, *values):
    """`pieces[0] + escape_out(values[0]) + pieces[1] + ...`: an autoescaped output node
    (`_fmt`); `_jinja2_native.fmt` does it natively."""
    out = [pieces[0]]
    for value, piece in zip(values, pieces[1:]):
        out.append(escape_out(value))
        out.append(piece)
    return ''.join(out)


try:
    from _jinja2_native import escape_out, getattr as getattr_, fmt
except ImportError:
    escape_out = escape_out_py
    getattr_ = getattr_py
    fmt = fmt_py


def loop_seq(iterable):
    """What a loop with an inline `loop` iterates: the sequence, as LoopContext keeps it."""
    if isinstance(iterable, (list, tuple)):
        return iterable
    return list(iterable)


def _str(v):
    return v if type(v) is str else str(v)


def runtime_namespace():
    """The globals every compiled template's code runs with."""
    return {
        '_missing': missing, '_Markup': Markup, '_esc': escape, '_str': _str,
        '_concat': ''.join, '_LoopContext': LoopContext, '_Macro': Macro, '_nsset': _nsset,
        '_markup_join': markup_join, '_str_join': str_join, '_include': include,
        '_import': import_, '_from_import': from_import, '_TemplateReference': TemplateReference,
        '_EvalContext': None, '_missing_filter': missing_filter,
        '_esc_out': escape_out, '_loop_seq': loop_seq, '_getattr': getattr_,
        '_fmt': fmt, '_cond_undefined': Undefined,
    }


def native_undefined_name(env, name):
    """A name the native renderer found nowhere (as Context.resolve)."""
    return env.undefined(name=name)


def native_undefined_attr(env, obj, name):
    """An attribute the native renderer found neither as attribute nor item."""
    return env.undefined(obj=obj, name=name)


def native_get_template(env, name, ignore_missing):
    """The template an extends or include of the native renderer names (None: missing, ignored)."""
    try:
        if isinstance(name, (list, tuple)):
            return env.select_template(name)
        return env.get_template(name)
    except TemplateNotFound:
        if ignore_missing:
            return None
        raise


def native_no_super(env, name):
    """`super()` in a block without a parent block: the undefined value's error."""
    return env.undefined(f'there is no parent block called {name!r}.', name='super')()


def native_unpack(value, n):
    """`a, b = value` in a template: the n items, or Python's unpacking errors."""
    try:
        it = iter(value)
    except TypeError:
        raise TypeError(f'cannot unpack non-iterable {type(value).__name__} object') from None
    items = []
    for x in it:
        if len(items) == n:
            raise ValueError(f'too many values to unpack (expected {n})')
        items.append(x)
    if len(items) < n:
        raise ValueError(f'not enough values to unpack (expected {n}, got {len(items)})')
    return tuple(items)


def _native_helpers():
    import operator
    return (escape, Markup, env_getattr, env_getitem, str, bool, list, markup_join, str_join,
            Undefined, native_get_template, native_no_super, native_unpack,
            operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
            operator.mod, operator.pow, operator.neg, operator.pos, operator.eq, operator.ne,
            operator.lt, operator.le, operator.gt, operator.ge, operator.contains,
            native_undefined_name, native_undefined_attr)


NATIVE_HELPERS = _native_helpers()
