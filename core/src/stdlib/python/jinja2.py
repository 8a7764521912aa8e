"""jinja2: templates compiled to Python code, as Jinja2 3.1 does.

Environment (loaders, filters, tests, globals, autoescape, trim_blocks/lstrip_blocks),
Template(...).render(), Undefined kinds and jinja2's exceptions. The lexer/parser live in
_jinja2_parser/_jinja2_exprs, the code generator in _jinja2_codegen, what the generated code
calls in _jinja2_runtime, the builtin filters and tests in _jinja2_filters.
"""

import os
from markupsafe import Markup, escape
from _jinja2_exceptions import (TemplateError, TemplateNotFound, TemplatesNotFound,
                                TemplateSyntaxError, TemplateAssertionError,
                                TemplateRuntimeError, UndefinedError, SecurityError,
                                FilterArgumentError)
from _jinja2_runtime import (Undefined, ChainableUndefined, DebugUndefined, StrictUndefined,
                             Context, Macro, Namespace, Cycler, Joiner, TemplateModule,
                             EvalContext, missing, pass_context, pass_eval_context,
                             pass_environment, runtime_namespace, _DICT_ATTRS)
from _jinja2_filters import FILTERS as _FILTERS, TESTS as _TESTS
from _jinja2_parser import parse as _parse
from _jinja2_codegen import generate as _generate
from _jinja2_ir import compile_native as _compile_native
from _jinja2_native import render as _native_render, cached_template as _cached_template

__version__ = '3.1.4'

__all__ = ['Environment', 'Template', 'BaseLoader', 'FileSystemLoader', 'DictLoader',
           'FunctionLoader', 'ChoiceLoader', 'PrefixLoader', 'Undefined', 'ChainableUndefined',
           'DebugUndefined', 'StrictUndefined', 'TemplateError', 'TemplateNotFound',
           'TemplatesNotFound', 'TemplateSyntaxError', 'TemplateAssertionError',
           'TemplateRuntimeError', 'UndefinedError', 'select_autoescape', 'pass_context',
           'pass_eval_context', 'pass_environment', 'escape', 'Markup']


def _lipsum(n=5, html=True, min=20, max=100):
    words = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '
             'incididunt ut labore et dolore magna aliqua').split()
    paras = []
    for _ in range(n):
        text = ' '.join(words).capitalize() + '.'
        paras.append(f'<p>{escape(text)}</p>' if html else text)
    return Markup('\n'.join(paras)) if html else '\n\n'.join(paras)


DEFAULT_NAMESPACE = {'range': range, 'dict': dict, 'lipsum': _lipsum, 'cycler': Cycler,
                     'joiner': Joiner, 'namespace': Namespace}


def select_autoescape(enabled_extensions=('html', 'htm', 'xml'), disabled_extensions=(),
                      default_for_string=True, default=False):
    """An autoescape function choosing by the template name's extension."""
    enabled_patterns = tuple(f".{x.lstrip('.').lower()}" for x in enabled_extensions)
    disabled_patterns = tuple(f".{x.lstrip('.').lower()}" for x in disabled_extensions)

    def autoescape(template_name):
        if template_name is None:
            return default_for_string
        template_name = template_name.lower()
        if template_name.endswith(enabled_patterns):
            return True
        if template_name.endswith(disabled_patterns):
            return False
        return default
    return autoescape


class BaseLoader:
    """Loads templates by name; subclasses implement get_source."""

    has_source_access = True

    def get_source(self, environment, template):
        raise TemplateNotFound(template)

    def list_templates(self):
        raise TypeError('this loader cannot iterate over all templates')

    def load(self, environment, name, globals=None):
        source, filename, uptodate = self.get_source(environment, name)
        template = environment._from_source(source, name, filename, globals)
        template._uptodate = uptodate
        return template


def split_template_path(template):
    pieces = []
    for piece in template.split('/'):
        if os.path.sep in piece or piece == '..':
            raise TemplateNotFound(template)
        if piece and piece != '.':
            pieces.append(piece)
    return pieces


class FileSystemLoader(BaseLoader):
    """Templates from directories (of the sandbox filesystem)."""

    def __init__(self, searchpath, encoding='utf-8', followlinks=False):
        if isinstance(searchpath, str) or hasattr(searchpath, '__fspath__') or not hasattr(searchpath, '__iter__'):
            searchpath = [searchpath]
        self.searchpath = [p.__fspath__() if hasattr(p, '__fspath__') else p for p in searchpath]
        self.encoding = encoding
        self.followlinks = followlinks

    def get_source(self, environment, template):
        pieces = split_template_path(template)
        for searchpath in self.searchpath:
            filename = os.path.join(searchpath, *pieces)
            if os.path.isfile(filename):
                break
        else:
            raise TemplateNotFound(template)
        with open(filename, encoding=self.encoding) as f:
            contents = f.read()
        mtime = os.path.getmtime(filename)
        return contents, os.path.normpath(filename), lambda: os.path.getmtime(filename) == mtime

    def list_templates(self):
        found = set()
        for searchpath in self.searchpath:
            for dirpath, _, filenames in os.walk(searchpath):
                for filename in filenames:
                    template = os.path.join(dirpath, filename)[len(searchpath):].strip(os.path.sep)
                    found.add(template.replace(os.path.sep, '/'))
        return sorted(found)


class _DictUptodate:
    """DictLoader's `uptodate`: whether the mapping still holds the loaded source (a class,
    not jinja2's lambda, so the native template cache can check it without a call)."""

    def __init__(self, mapping, name, source):
        self.mapping = mapping
        self.name = name
        self.source = source

    def __call__(self):
        return self.source == self.mapping.get(self.name)


class DictLoader(BaseLoader):
    """Templates from a dict of name -> source."""

    def __init__(self, mapping):
        self.mapping = mapping

    def get_source(self, environment, template):
        if template in self.mapping:
            source = self.mapping[template]
            return source, None, _DictUptodate(self.mapping, template, source)
        raise TemplateNotFound(template)

    def list_templates(self):
        return sorted(self.mapping)


class FunctionLoader(BaseLoader):
    """Templates from a function: name -> source, (source, filename, uptodate) or None."""

    def __init__(self, load_func):
        self.load_func = load_func

    def get_source(self, environment, template):
        rv = self.load_func(template)
        if rv is None:
            raise TemplateNotFound(template)
        if isinstance(rv, str):
            return rv, None, None
        return rv


class PrefixLoader(BaseLoader):
    """Delegates by the name's prefix ('app/index.html' -> loader 'app')."""

    def __init__(self, mapping, delimiter='/'):
        self.mapping = mapping
        self.delimiter = delimiter

    def get_loader(self, template):
        try:
            prefix, name = template.split(self.delimiter, 1)
            loader = self.mapping[prefix]
        except (ValueError, KeyError):
            raise TemplateNotFound(template)
        return loader, name

    def get_source(self, environment, template):
        loader, name = self.get_loader(template)
        try:
            return loader.get_source(environment, name)
        except TemplateNotFound:
            raise TemplateNotFound(template)

    def list_templates(self):
        result = []
        for prefix, loader in self.mapping.items():
            for template in loader.list_templates():
                result.append(prefix + self.delimiter + template)
        return result


class ChoiceLoader(BaseLoader):
    """Tries each loader in turn."""

    def __init__(self, loaders):
        self.loaders = loaders

    def get_source(self, environment, template):
        for loader in self.loaders:
            try:
                return loader.get_source(environment, template)
            except TemplateNotFound:
                pass
        raise TemplateNotFound(template)

    def list_templates(self):
        found = set()
        for loader in self.loaders:
            found.update(loader.list_templates())
        return sorted(found)


class Environment:
    """The central configuration: syntax options, loader, filters, tests and globals."""

    sandboxed = False
    overlayed = False
    shared = False

    def __init__(self, block_start_string='{%', block_end_string='%}',
                 variable_start_string='{{', variable_end_string='}}',
                 comment_start_string='{#', comment_end_string='#}',
                 line_statement_prefix=None, line_comment_prefix=None, trim_blocks=False,
                 lstrip_blocks=False, newline_sequence='\n', keep_trailing_newline=False,
                 extensions=(), optimized=True, undefined=Undefined, finalize=None,
                 autoescape=False, loader=None, cache_size=400, auto_reload=True,
                 bytecode_cache=None, enable_async=False):
        self.trim_blocks = trim_blocks
        self.lstrip_blocks = lstrip_blocks
        self.newline_sequence = newline_sequence
        self.keep_trailing_newline = keep_trailing_newline
        self.undefined = undefined
        self.finalize = finalize
        self.autoescape = autoescape
        self.loader = loader
        self.auto_reload = auto_reload
        self.filters = dict(_FILTERS)
        self.tests = dict(_TESTS)
        self.globals = dict(DEFAULT_NAMESPACE)
        self.policies = {'compiler.ascii_str': True, 'urlize.rel': 'noopener',
                         'urlize.target': None, 'urlize.extra_schemes': None,
                         'truncate.leeway': 5, 'json.dumps_function': None,
                         'json.dumps_kwargs': {'sort_keys': True}, 'ext.i18n.trimmed': False}
        self.cache = {}
        self.is_async = enable_async
        self._runtime = None

    def getattr(self, obj, attribute):
        """`obj.attribute` in a template: the attribute, else the item, else undefined."""
        if type(obj) is dict and attribute not in _DICT_ATTRS:
            v = obj.get(attribute, missing)
            if v is not missing:
                return v
            return self.undefined(obj=obj, name=attribute)
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)

    def getitem(self, obj, argument):
        """`obj[argument]` in a template: the item, else the attribute, else undefined."""
        try:
            return obj[argument]
        except (AttributeError, TypeError, LookupError):
            if isinstance(argument, str):
                try:
                    return getattr(obj, argument)
                except AttributeError:
                    pass
            return self.undefined(obj=obj, name=argument)

    def call_filter(self, name, value, args=None, kwargs=None, context=None, eval_ctx=None):
        func = self.filters.get(name)
        if func is None:
            raise TemplateRuntimeError(f'No filter named {name!r} found.')
        args = [value, *(args or ())]
        pass_arg = getattr(func, 'jinja_pass_arg', None)
        if pass_arg == 'context':
            args.insert(0, context)
        elif pass_arg == 'eval_context':
            args.insert(0, eval_ctx if eval_ctx is not None else
                        (context.eval_ctx if context is not None else EvalContext(self, False)))
        elif pass_arg == 'environment':
            args.insert(0, self)
        return func(*args, **(kwargs or {}))

    def call_test(self, name, value, args=None, kwargs=None, context=None, eval_ctx=None):
        func = self.tests.get(name)
        if func is None:
            raise TemplateRuntimeError(f'No test named {name!r} found.')
        args = [value, *(args or ())]
        if getattr(func, 'jinja_pass_arg', None) == 'environment':
            args.insert(0, self)
        return func(*args, **(kwargs or {}))

    def _runtime_ns(self):
        if self._runtime is None:
            ns = runtime_namespace()
            ns['environment'] = self
            ns['_getitem'] = self.getitem
            undefined = self.undefined

            def _undefined(hint=None, name=None):
                return undefined(hint, name=name)
            ns['_undefined'] = _undefined
            env = self

            def _eval_context(autoescape):
                return EvalContext(env, autoescape)
            ns['_EvalContext'] = _eval_context
            ns['_evalctx_on'] = EvalContext(env, True)
            ns['_evalctx_off'] = EvalContext(env, False)
            self._runtime = ns
        return self._runtime

    def _autoescape_for(self, name):
        if callable(self.autoescape):
            return bool(self.autoescape(name))
        return bool(self.autoescape)

    def _compile(self, source, name, filename):
        body = _parse(self, source, name)
        autoescape = self._autoescape_for(name)
        code, consts, _ = _generate(self, body, name, autoescape)
        ns = dict(self._runtime_ns())
        ns.update(consts)
        exec(code, ns)
        ns['_native'], ns['_native_deps'] = _compile_native(self, body, name, autoescape)
        return ns, autoescape

    def _from_source(self, source, name, filename, globals, template_class=None):
        ns, autoescape = self._compile(source, name, filename)
        cls = template_class or self.template_class
        return cls._from_namespace(self, ns, name, filename, globals, autoescape, source)

    def from_string(self, source, globals=None, template_class=None):
        """A Template from source text."""
        return self._from_source(source, None, None, dict(globals or ()), template_class)

    def get_template(self, name, parent=None, globals=None):
        """The template `name` from the loader (cached)."""
        if type(name) is str:
            # the common case first: a cached template that is still up to date
            if not globals:
                cached = _cached_template(self, name)
                if cached is not None:
                    return cached
        elif isinstance(name, Template):
            return name
        if self.loader is None:
            raise TypeError('no loader for this environment specified')
        cached = self.cache.get(name)
        if cached is not None and not globals and (not self.auto_reload or cached.is_up_to_date):
            return cached
        template = self.loader.load(self, name, dict(globals or ()))
        self.cache[name] = template
        return template

    def select_template(self, names, parent=None, globals=None):
        """The first of `names` that exists."""
        if isinstance(names, Undefined):
            names._fail_with_undefined_error()
        if not names:
            raise TemplatesNotFound(message='Tried to select from an empty list of templates.')
        for name in names:
            if isinstance(name, Template):
                return name
            try:
                return self.get_template(name, parent, globals)
            except (TemplateNotFound, UndefinedError):
                pass
        raise TemplatesNotFound(names)

    def get_or_select_template(self, template_name_or_list, parent=None, globals=None):
        if isinstance(template_name_or_list, (str, Undefined)):
            return self.get_template(template_name_or_list, parent, globals)
        if isinstance(template_name_or_list, Template):
            return template_name_or_list
        return self.select_template(template_name_or_list, parent, globals)

    def list_templates(self, extensions=None, filter_func=None):
        names = self.loader.list_templates()
        if extensions is not None:
            names = [n for n in names if n.rsplit('.', 1)[-1] in extensions]
        if filter_func is not None:
            names = [n for n in names if filter_func(n)]
        return names

    def overlay(self, **options):
        rv = object.__new__(type(self))
        rv.__dict__.update(self.__dict__)
        rv.overlayed = True
        rv.cache = {}
        rv._runtime = None
        for k, v in options.items():
            setattr(rv, k, v)
        return rv


_spontaneous = {}


class Template:
    """A compiled template: render(**context) returns the text."""

    environment_class = Environment

    def __new__(cls, source, block_start_string='{%', block_end_string='%}',
                variable_start_string='{{', variable_end_string='}}', comment_start_string='{#',
                comment_end_string='#}', line_statement_prefix=None, line_comment_prefix=None,
                trim_blocks=False, lstrip_blocks=False, newline_sequence='\n',
                keep_trailing_newline=False, extensions=(), optimized=True, undefined=Undefined,
                finalize=None, autoescape=False, enable_async=False):
        key = (trim_blocks, lstrip_blocks, keep_trailing_newline, undefined, autoescape, finalize)
        env = _spontaneous.get(key)
        if env is None:
            env = cls.environment_class(trim_blocks=trim_blocks, lstrip_blocks=lstrip_blocks,
                                        keep_trailing_newline=keep_trailing_newline,
                                        undefined=undefined, finalize=finalize, autoescape=autoescape)
            env.shared = True
            _spontaneous[key] = env
        return env.from_string(source, template_class=cls)

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def _from_namespace(cls, environment, ns, name, filename, globals, autoescape, source):
        t = object.__new__(cls)
        t.environment = environment
        t.name = name
        t.filename = filename
        t._own_globals = globals or {}
        t.blocks = ns['blocks']
        t.root = ns['root']
        t._autoescape = autoescape
        t._module = None
        t._native = ns['_native']
        t._native_deps = ns['_native_deps']
        t._linked = None
        t._uptodate = None
        return t

    @property
    def is_up_to_date(self):
        """Whether the loader's source is unchanged (always, without an `uptodate` check)."""
        if self._uptodate is None:
            return True
        return self._uptodate()

    @property
    def globals(self):
        """The environment's globals overlaid with this template's own."""
        if not self._own_globals:
            return self.environment.globals
        gs = dict(self.environment.globals)
        gs.update(self._own_globals)
        return gs

    def new_context(self, vars=None, shared=False, locals=None):
        if shared:
            parent = vars if vars is not None else {}
        else:
            parent = dict(self.environment.globals)
            if self._own_globals:
                parent.update(self._own_globals)
            if vars:
                parent.update(vars)
        if locals:
            parent = dict(parent)
            parent.update({k: v for k, v in locals.items() if v is not missing})
        return Context(self.environment, parent, self.name, self.blocks, self._autoescape)

    def render(self, *args, **kwargs):
        """The template rendered with `dict(*args, **kwargs)` as its variables."""
        if self._linked and not args:
            # the native renderer looks names up in kwargs, own globals, environment globals
            env = self.environment
            out = _native_render(self._native, kwargs, env, env.globals, self._own_globals)
            if out is not None:
                return out
        ctx = dict(self.environment.globals)
        if self._own_globals:
            ctx.update(self._own_globals)
        if args or kwargs:
            ctx.update(*args, **kwargs)
        if self._native is not None and (self._linked or (self._linked is None and self._link())):
            out = _native_render(self._native, ctx, self.environment, None, None)
            if out is not None:
                return out
        return self.root(Context(self.environment, ctx, self.name, self.blocks, self._autoescape))

    def _link(self, seen=None):
        """Whether the templates this one extends (by constant names) load and have native
        IR too, so a native render never meets one that has not (checked once)."""
        seen = set() if seen is None else seen
        seen.add(id(self))
        ok = True
        for name in self._native_deps:
            try:
                dep = self.environment.get_template(name)
            except Exception:
                ok = False
                break
            if getattr(dep, '_native', None) is None:
                ok = False
                break
            if id(dep) not in seen and not dep._link(seen):
                ok = False
                break
        self._linked = ok
        return ok

    def generate(self, *args, **kwargs):
        yield self.render(*args, **kwargs)

    def stream(self, *args, **kwargs):
        return iter([self.render(*args, **kwargs)])

    def make_module(self, vars=None, shared=False, locals=None):
        ctx = self.new_context(vars, shared, locals)
        body = self.root(ctx)
        return TemplateModule(self, ctx, body)

    @property
    def module(self):
        if self._module is None:
            self._module = self.make_module()
        return self._module

    def __repr__(self):
        if self.name is None:
            name = f'memory:{id(self):x}'
        else:
            name = repr(self.name)
        return f'<{type(self).__name__} {name}>'


Environment.template_class = Template
