"""jinja2's builtin filters and tests (filters.py, tests.py of jinja2 3.1), ported."""

import math
import re
from itertools import chain, groupby as _groupby
from markupsafe import Markup, escape, soft_str
from _jinja2_exceptions import FilterArgumentError
from _jinja2_runtime import Undefined, pass_environment, pass_eval_context, pass_context, env_getattr

_word_beginning_split_re = re.compile(r'([-\s({\[<]+)')
_word_re = re.compile(r'\w+')


def ignore_case(value):
    if isinstance(value, str):
        return value.lower()
    return value


def _split_path(attribute):
    if isinstance(attribute, str):
        parts = attribute.split('.')
    else:
        parts = [attribute]
    return [int(p) if isinstance(p, str) and p.isdigit() else p for p in parts]


def make_attrgetter(environment, attribute, postprocess=None, default=None):
    parts = _split_path(attribute) if attribute is not None else []

    def attrgetter(item):
        for part in parts:
            item = env_getattr(environment, item, part) if isinstance(part, str) else environment.getitem(item, part)
            if default is not None and isinstance(item, Undefined):
                item = default
        if postprocess is not None:
            item = postprocess(item)
        return item
    return attrgetter


def make_multi_attrgetter(environment, attribute, postprocess=None):
    if isinstance(attribute, str):
        split = attribute.split(',')
    else:
        split = [attribute]
    getters = [make_attrgetter(environment, a) if a is not None else None for a in split]

    def attrgetter(item):
        items = [None] * len(getters)
        for i, g in enumerate(getters):
            v = g(item) if g is not None else item
            if postprocess is not None:
                v = postprocess(v)
            items[i] = v
        return items
    if len(getters) == 1:
        g = getters[0]

        def single(item):
            v = g(item) if g is not None else item
            return postprocess(v) if postprocess is not None else v
        return single
    return attrgetter


def do_upper(s):
    return soft_str(s).upper()


def do_lower(s):
    return soft_str(s).lower()


def do_capitalize(s):
    return soft_str(s).capitalize()


def do_title(s):
    return ''.join([item[0].upper() + item[1:].lower()
                    for item in _word_beginning_split_re.split(soft_str(s)) if item])


def do_default(value, default_value='', boolean=False):
    if isinstance(value, Undefined) or (boolean and not value):
        return default_value
    return value


@pass_eval_context
def do_join(eval_ctx, value, d='', attribute=None):
    if attribute is not None:
        value = map(make_attrgetter(eval_ctx.environment, attribute), value)
    if not eval_ctx.autoescape:
        return str(d).join(map(str, value))
    if not hasattr(d, '__html__'):
        value = list(value)
        do_escape = False
        for idx, item in enumerate(value):
            if hasattr(item, '__html__'):
                do_escape = True
            else:
                value[idx] = str(item)
        if do_escape:
            d = escape(d)
        else:
            d = str(d)
        return d.join(value)
    return soft_str(d).join(map(soft_str, value))


def do_safe(value):
    return Markup(value)


def do_forceescape(value):
    if hasattr(value, '__html__'):
        value = value.__html__()
    return escape(str(value))


def do_format(value, *args, **kwargs):
    if args and kwargs:
        raise FilterArgumentError("can't handle positional and keyword arguments at the same time")
    return soft_str(value) % (kwargs or args)


def do_round(value, precision=0, method='common'):
    if method not in {'common', 'ceil', 'floor'}:
        raise FilterArgumentError('method must be common, ceil or floor')
    if method == 'common':
        return round(value, precision)
    func = getattr(math, method)
    return func(value * (10 ** precision)) / (10 ** precision)


@pass_eval_context
def do_replace(eval_ctx, s, old, new, count=None):
    if count is None:
        count = -1
    if not eval_ctx.autoescape:
        return str(s).replace(str(old), str(new), count)
    if (hasattr(old, '__html__') or hasattr(new, '__html__')) and not hasattr(s, '__html__'):
        s = escape(s)
    else:
        s = soft_str(s)
    return s.replace(soft_str(old), soft_str(new), count)


@pass_environment
def do_truncate(env, s, length=255, killwords=False, end='...', leeway=None):
    if leeway is None:
        leeway = env.policies['truncate.leeway']
    assert length >= len(end), f"expected length >= {len(end)}, got {length}"
    assert leeway >= 0, f"expected leeway >= 0, got {leeway}"
    if len(s) <= length + leeway:
        return s
    if killwords:
        return s[:length - len(end)] + end
    result = s[:length - len(end)].rsplit(' ', 1)[0]
    return result + end


@pass_environment
def do_sort(environment, value, reverse=False, case_sensitive=False, attribute=None):
    key_func = make_multi_attrgetter(environment, attribute,
                                     postprocess=ignore_case if not case_sensitive else None)
    return sorted(value, key=key_func, reverse=reverse)


@pass_environment
def do_first(environment, seq):
    try:
        return next(iter(seq))
    except StopIteration:
        return environment.undefined('No first item, sequence was empty.')


@pass_environment
def do_last(environment, seq):
    try:
        return next(iter(reversed(seq)))
    except StopIteration:
        return environment.undefined('No last item, sequence was empty.')


def do_reverse(value):
    if isinstance(value, str):
        return value[::-1]
    try:
        return reversed(value)
    except TypeError:
        try:
            rv = list(value)
            rv.reverse()
            return rv
        except TypeError:
            raise FilterArgumentError('argument must be iterable')


def do_list(value):
    return list(value)


def _prepare_map(context, args, kwargs):
    if not args and 'attribute' in kwargs:
        attribute = kwargs.pop('attribute')
        default = kwargs.pop('default', None)
        if kwargs:
            raise FilterArgumentError('Unexpected keyword argument %r' % next(iter(kwargs)))
        return make_attrgetter(context.environment, attribute, default=default)
    try:
        name = args[0]
        args = args[1:]
    except LookupError:
        raise FilterArgumentError('map requires a filter argument')
    env = context.environment
    return lambda item: env.call_filter(name, item, args, kwargs, context=context)


@pass_context
def do_map(context, value, *args, **kwargs):
    if value:
        func = _prepare_map(context, args, kwargs)
        for item in value:
            yield func(item)


def _select_or_reject(context, value, args, modfunc, lookup_attr):
    if lookup_attr:
        try:
            attr = args[0]
        except LookupError:
            raise FilterArgumentError('Missing parameter for attribute name')
        transfunc = make_attrgetter(context.environment, attr)
        off = 1
    else:
        off = 0

        def transfunc(x):
            return x
    try:
        name = args[off]
        args = args[1 + off:]

        def func(item):
            return context.environment.call_test(name, item, args, {})
    except LookupError:
        func = bool
    if value:
        for item in value:
            if modfunc(func(transfunc(item))):
                yield item


@pass_context
def do_select(context, value, *args):
    return _select_or_reject(context, value, args, lambda x: x, False)


@pass_context
def do_reject(context, value, *args):
    return _select_or_reject(context, value, args, lambda x: not x, False)


@pass_context
def do_selectattr(context, value, *args):
    return _select_or_reject(context, value, args, lambda x: x, True)


@pass_context
def do_rejectattr(context, value, *args):
    return _select_or_reject(context, value, args, lambda x: not x, True)


@pass_environment
def do_sum(environment, iterable, attribute=None, start=0):
    if attribute is not None:
        iterable = map(make_attrgetter(environment, attribute), iterable)
    return sum(iterable, start)


def _min_or_max(environment, value, func, case_sensitive, attribute):
    it = iter(value)
    try:
        first = next(it)
    except StopIteration:
        return environment.undefined('No aggregated item, sequence was empty.')
    key_func = make_attrgetter(environment, attribute,
                               postprocess=ignore_case if not case_sensitive else None)
    return func(chain([first], it), key=key_func)


@pass_environment
def do_min(environment, value, case_sensitive=False, attribute=None):
    return _min_or_max(environment, value, min, case_sensitive, attribute)


@pass_environment
def do_max(environment, value, case_sensitive=False, attribute=None):
    return _min_or_max(environment, value, max, case_sensitive, attribute)


def do_int(value, default=0, base=10):
    try:
        if isinstance(value, str):
            return int(value, base)
        return int(value)
    except (TypeError, ValueError):
        try:
            return int(float(value))
        except (TypeError, ValueError):
            return default


def do_float(value, default=0.0):
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def do_trim(value, chars=None):
    return soft_str(value).strip(chars)


def do_wordcount(s):
    return len(_word_re.findall(soft_str(s)))


def do_center(value, width=80):
    return soft_str(value).center(width)


def do_indent(s, width=4, first=False, blank=False):
    if isinstance(width, str):
        indention = width
    else:
        indention = ' ' * width
    newline = '\n'
    if isinstance(s, Markup) and not isinstance(newline, Markup):
        newline = Markup(newline)
    s += newline
    if blank:
        rv = (newline + indention).join(s.splitlines())
    else:
        lines = s.splitlines()
        rv = lines.pop(0)
        if lines:
            rv += newline + newline.join(indention + line if line else line for line in lines)
    if first:
        rv = indention + rv
    return rv


def do_batch(value, linecount, fill_with=None):
    tmp = []
    for item in value:
        if len(tmp) == linecount:
            yield tmp
            tmp = []
        tmp.append(item)
    if tmp:
        if fill_with is not None and len(tmp) < linecount:
            tmp += [fill_with] * (linecount - len(tmp))
        yield tmp


def do_slice(value, slices, fill_with=None):
    seq = list(value)
    length = len(seq)
    items_per_slice = length // slices
    slices_with_extra = length % slices
    offset = 0
    for slice_number in range(slices):
        start = offset + slice_number * items_per_slice
        if slice_number < slices_with_extra:
            offset += 1
        end = offset + (slice_number + 1) * items_per_slice
        tmp = seq[start:end]
        if fill_with is not None and slice_number >= slices_with_extra:
            tmp.append(fill_with)
        yield tmp


class _GroupTuple(tuple):
    """groupby's (grouper, list) pair; printed as a plain tuple, as jinja2 does."""

    @property
    def grouper(self):
        return self[0]

    @property
    def list(self):
        return self[1]


@pass_environment
def do_groupby(environment, value, attribute, default=None, case_sensitive=False):
    expr = make_attrgetter(environment, attribute,
                           postprocess=ignore_case if not case_sensitive else None, default=default)
    out = [_GroupTuple((key, list(values))) for key, values in _groupby(sorted(value, key=expr), expr)]
    if not case_sensitive:
        output_expr = make_attrgetter(environment, attribute, default=default)
        out = [_GroupTuple((output_expr(values[0]), values)) for _, values in out]
    return out


def do_dictsort(value, case_sensitive=False, by='key', reverse=False):
    if by == 'key':
        pos = 0
    elif by == 'value':
        pos = 1
    else:
        raise FilterArgumentError('You can only sort by either "key" or "value"')

    def sort_func(item):
        v = item[pos]
        if not case_sensitive:
            v = ignore_case(v)
        return v
    return sorted(value.items(), key=sort_func, reverse=reverse)


@pass_environment
def do_unique(environment, value, case_sensitive=False, attribute=None):
    getter = make_attrgetter(environment, attribute,
                             postprocess=ignore_case if not case_sensitive else None)
    seen = set()
    for item in value:
        key = getter(item)
        if key not in seen:
            seen.add(key)
            yield item


@pass_environment
def do_tojson(environment, value, indent=None):
    import json
    kwargs = dict(environment.policies['json.dumps_kwargs'])
    if indent is not None:
        kwargs['indent'] = indent
    dumps = environment.policies['json.dumps_function'] or json.dumps
    rv = (dumps(value, **kwargs).replace('<', '\\u003c').replace('>', '\\u003e')
          .replace('&', '\\u0026').replace("'", '\\u0027'))
    return Markup(rv)


_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def url_quote(obj, for_qs=False):
    if not isinstance(obj, bytes):
        obj = str(obj).encode('utf-8')
    out = []
    for b in obj:
        c = chr(b)
        if c in _SAFE or (c == '/' and not for_qs):
            out.append(c)
        else:
            out.append('%%%02X' % b)
    rv = ''.join(out)
    if for_qs:
        rv = rv.replace('%20', '+')
    return rv


def do_urlencode(value):
    if isinstance(value, str) or not hasattr(value, '__iter__'):
        return url_quote(value)
    if isinstance(value, dict):
        items = value.items()
    else:
        items = iter(value)
    return '&'.join(f'{url_quote(k, for_qs=True)}={url_quote(v, for_qs=True)}' for k, v in items)


def do_striptags(value):
    if hasattr(value, '__html__'):
        value = value.__html__()
    return Markup(str(value)).striptags()


@pass_environment
def do_attr(environment, obj, name):
    return env_getattr(environment, obj, name)


def do_filesizeformat(value, binary=False):
    bytes_ = float(value)
    base = 1024 if binary else 1000
    prefixes = [('KiB' if binary else 'kB'), ('MiB' if binary else 'MB'), ('GiB' if binary else 'GB'),
                ('TiB' if binary else 'TB'), ('PiB' if binary else 'PB'), ('EiB' if binary else 'EB'),
                ('ZiB' if binary else 'ZB'), ('YiB' if binary else 'YB')]
    if bytes_ == 1:
        return '1 Byte'
    if bytes_ < base:
        return f'{int(bytes_)} Bytes'
    for i, prefix in enumerate(prefixes):
        unit = base ** (i + 2)
        if bytes_ < unit:
            return f'{base * bytes_ / unit:.1f} {prefix}'
    return f'{base * bytes_ / unit:.1f} {prefix}'


@pass_eval_context
def do_xmlattr(eval_ctx, d, autospace=True):
    rv = ' '.join(f'{escape(key)}="{escape(value)}"' for key, value in d.items()
                  if value is not None and not isinstance(value, Undefined))
    if autospace and rv:
        rv = ' ' + rv
    if eval_ctx.autoescape:
        rv = Markup(rv)
    return rv


def do_items(value):
    if isinstance(value, Undefined):
        return
    if not isinstance(value, dict):
        raise TypeError('Can only get item pairs from a mapping.')
    yield from value.items()


def do_pprint(value):
    from pprint import pformat
    return pformat(value)


def do_wordwrap(s, width=79, break_long_words=True, wrapstring=None, break_on_hyphens=True):
    import textwrap
    if wrapstring is None:
        wrapstring = '\n'
    return wrapstring.join([wrapstring.join(textwrap.wrap(line, width=width, expand_tabs=False,
                                                          replace_whitespace=False,
                                                          break_long_words=break_long_words,
                                                          break_on_hyphens=break_on_hyphens))
                            for line in s.splitlines()])


FILTERS = {
    'abs': abs, 'attr': do_attr, 'batch': do_batch, 'capitalize': do_capitalize,
    'center': do_center, 'count': len, 'd': do_default, 'default': do_default,
    'dictsort': do_dictsort, 'e': escape, 'escape': escape, 'filesizeformat': do_filesizeformat,
    'first': do_first, 'float': do_float, 'forceescape': do_forceescape, 'format': do_format,
    'groupby': do_groupby, 'indent': do_indent, 'int': do_int, 'join': do_join, 'last': do_last,
    'length': len, 'list': do_list, 'lower': do_lower, 'items': do_items, 'map': do_map,
    'min': do_min, 'max': do_max, 'pprint': do_pprint, 'reject': do_reject,
    'rejectattr': do_rejectattr, 'replace': do_replace, 'reverse': do_reverse, 'round': do_round,
    'safe': do_safe, 'select': do_select, 'selectattr': do_selectattr, 'slice': do_slice,
    'sort': do_sort, 'string': soft_str, 'striptags': do_striptags, 'sum': do_sum,
    'title': do_title, 'trim': do_trim, 'truncate': do_truncate, 'unique': do_unique,
    'upper': do_upper, 'urlencode': do_urlencode, 'wordcount': do_wordcount,
    'wordwrap': do_wordwrap, 'xmlattr': do_xmlattr, 'tojson': do_tojson,
}


def test_odd(value):
    return value % 2 == 1


def test_even(value):
    return value % 2 == 0


def test_divisibleby(value, num):
    return value % num == 0


def test_defined(value):
    return not isinstance(value, Undefined)


def test_undefined(value):
    return isinstance(value, Undefined)


@pass_environment
def test_filter(env, value):
    return value in env.filters


@pass_environment
def test_test(env, value):
    return value in env.tests


def test_none(value):
    return value is None


def test_boolean(value):
    return value is True or value is False


def test_false(value):
    return value is False


def test_true(value):
    return value is True


def test_integer(value):
    return isinstance(value, int) and value is not True and value is not False


def test_float(value):
    return isinstance(value, float)


def test_lower(value):
    return str(value).islower()


def test_upper(value):
    return str(value).isupper()


def test_string(value):
    return isinstance(value, str)


def test_mapping(value):
    return isinstance(value, dict)


def test_number(value):
    return isinstance(value, (int, float, complex))


def test_sequence(value):
    try:
        len(value)
        value.__getitem__
    except Exception:
        return False
    return True


def test_sameas(value, other):
    return value is other


def test_iterable(value):
    try:
        iter(value)
    except TypeError:
        return False
    return True


def test_escaped(value):
    return hasattr(value, '__html__')


def test_in(value, seq):
    return value in seq


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


TESTS = {
    'odd': test_odd, 'even': test_even, 'divisibleby': test_divisibleby, 'defined': test_defined,
    'undefined': test_undefined, 'filter': test_filter, 'test': test_test, 'none': test_none,
    'boolean': test_boolean, 'false': test_false, 'true': test_true, 'integer': test_integer,
    'float': test_float, 'lower': test_lower, 'upper': test_upper, 'string': test_string,
    'mapping': test_mapping, 'number': test_number, 'sequence': test_sequence,
    'iterable': test_iterable, 'callable': callable, 'sameas': test_sameas,
    'escaped': test_escaped, 'in': test_in, '==': _eq, 'eq': _eq, 'equalto': _eq, '!=': _ne,
    'ne': _ne, '>': _gt, 'gt': _gt, 'greaterthan': _gt, 'ge': _ge, '>=': _ge, '<': _lt,
    'lt': _lt, 'lessthan': _lt, '<=': _le, 'le': _le,
}


# Builtin filters with a native twin in `_jinja2_native` (same arguments; it handles the
# common values and calls the Python filter for the rest): compiled templates call the
# native one when the environment's filter is still the builtin.
try:
    import _jinja2_native
    NATIVE = {do_title: _jinja2_native.title, do_join: _jinja2_native.join, do_sort: _jinja2_native.sort,
              do_lower: _jinja2_native.lower, do_upper: _jinja2_native.upper,
              do_truncate: _jinja2_native.truncate, do_default: _jinja2_native.default}
except ImportError:
    NATIVE = {}
