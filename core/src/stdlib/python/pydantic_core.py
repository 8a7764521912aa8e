"""pydantic_core (subset): the error type and the scalar validators of pydantic v2.

`ValidationError` renders pydantic-core's exact message; `_validate_int` and
friends implement lax-mode coercion ("5" -> 5) with pydantic-core's error types
and messages; `_check_constraints` applies Field's gt/ge/lt/le/length/pattern.
Model-aware validation (nested models, containers, unions) is in `pydantic`.
"""

import json as _json

_URL = "https://errors.pydantic.dev/2.10/v/"
_MISSING = object()


class PydanticUndefinedType:
    def __repr__(self):
        return "PydanticUndefined"


PydanticUndefined = PydanticUndefinedType()


def _short_repr(value):
    text = repr(value)
    if len(text) > 50:
        return text[:25] + "..." + text[-24:]
    return text


class ValidationError(ValueError):
    """pydantic's error: a list of error dicts and a multi-line message."""

    def __init__(self, title, line_errors):
        self.title = title
        self._errors = line_errors
        ValueError.__init__(self, self._render())

    def errors(self, include_url=True, include_context=True, include_input=True):
        out = []
        for err in self._errors:
            item = {"type": err["type"], "loc": tuple(err["loc"]), "msg": err["msg"]}
            if include_input:
                item["input"] = err["input"]
            if include_context and "ctx" in err:
                item["ctx"] = err["ctx"]
            if include_url:
                item["url"] = _URL + err["type"]
            out.append(item)
        return out

    def error_count(self):
        return len(self._errors)

    def json(self, indent=None):
        return _json.dumps(self.errors(), indent=indent, default=str)

    def _render(self):
        n = len(self._errors)
        head = "%d validation error%s for %s" % (n, "" if n == 1 else "s", self.title)
        lines = [head]
        for err in self._errors:
            loc = ".".join(str(p) for p in err["loc"])
            if loc:
                lines.append(loc)
            lines.append("  %s [type=%s, input_value=%s, input_type=%s]" % (
                err["msg"], err["type"], _short_repr(err["input"]),
                type(err["input"]).__name__))
            lines.append("    For further information visit " + _URL + err["type"])
        return "\n".join(lines)

    def __str__(self):
        return self._render()


class PydanticCustomError(ValueError):
    def __init__(self, error_type, message_template, context=None):
        ValueError.__init__(self, message_template)
        self.type = error_type
        self.message_template = message_template
        self.context = context or {}

    def message(self):
        msg = self.message_template
        for k, v in self.context.items():
            msg = msg.replace("{" + k + "}", str(v))
        return msg


class _Err(Exception):
    """Raised inside validation: carries line errors (relative locations)."""

    def __init__(self, errors):
        Exception.__init__(self)
        self.errors = errors


def _err(kind, msg, value, loc=(), ctx=None):
    item = {"type": kind, "loc": list(loc), "msg": msg, "input": value}
    if ctx is not None:
        item["ctx"] = ctx
    return _Err([item])


def _fmt_num(n):
    return repr(n)


def _check_constraints(info, value, original=_MISSING):
    """Field constraints on a validated value; errors show the `original` input."""
    try:
        _check_bounds(info, value)
    except _Err as e:
        if original is not _MISSING:
            for err in e.errors:
                err["input"] = original
        raise


def _limit(value, limit):
    return float(limit) if isinstance(value, float) else limit


def _check_bounds(info, value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        num = value
        if info.gt is not None and not num > info.gt:
            raise _err("greater_than", "Input should be greater than %s" % _fmt_num(info.gt),
                       value, ctx={"gt": _limit(value, info.gt)})
        if info.ge is not None and not num >= info.ge:
            raise _err("greater_than_equal", "Input should be greater than or equal to %s"
                       % _fmt_num(info.ge), value, ctx={"ge": _limit(value, info.ge)})
        if info.lt is not None and not num < info.lt:
            raise _err("less_than", "Input should be less than %s" % _fmt_num(info.lt),
                       value, ctx={"lt": _limit(value, info.lt)})
        if info.le is not None and not num <= info.le:
            raise _err("less_than_equal", "Input should be less than or equal to %s"
                       % _fmt_num(info.le), value, ctx={"le": _limit(value, info.le)})
        if info.multiple_of is not None and num % info.multiple_of != 0:
            raise _err("multiple_of", "Input should be a multiple of %s"
                       % _fmt_num(info.multiple_of), value,
                       ctx={"multiple_of": _limit(value, info.multiple_of)})
    if isinstance(value, str):
        if info.min_length is not None and len(value) < info.min_length:
            raise _err("string_too_short", "String should have at least %d character%s"
                       % (info.min_length, "" if info.min_length == 1 else "s"), value,
                       ctx={"min_length": info.min_length})
        if info.max_length is not None and len(value) > info.max_length:
            raise _err("string_too_long", "String should have at most %d character%s"
                       % (info.max_length, "" if info.max_length == 1 else "s"), value,
                       ctx={"max_length": info.max_length})
        if info.pattern is not None and _search(info.pattern, value) is None:
            raise _err("string_pattern_mismatch", "String should match pattern '%s'"
                       % info.pattern, value, ctx={"pattern": info.pattern})
    elif isinstance(value, (list, tuple, set, frozenset, dict)):
        kind = {list: "List", tuple: "Tuple", set: "Set", frozenset: "Frozenset",
                dict: "Dictionary"}.get(type(value), "Value")
        n = len(value)
        if info.min_length is not None and n < info.min_length:
            raise _err("too_short", "%s should have at least %d item%s after validation, not %d"
                       % (kind, info.min_length, "" if info.min_length == 1 else "s", n),
                       value, ctx={"field_type": kind, "min_length": info.min_length,
                                   "actual_length": n})
        if info.max_length is not None and n > info.max_length:
            raise _err("too_long", "%s should have at most %d item%s after validation, not %d"
                       % (kind, info.max_length, "" if info.max_length == 1 else "s", n),
                       value, ctx={"field_type": kind, "max_length": info.max_length,
                                   "actual_length": n})


_TRUE = ("1", "on", "t", "true", "y", "yes")
_FALSE = ("0", "off", "f", "false", "n", "no")
_DIGITS = "0123456789"


def _search(pattern, text):
    import re  # only apps with a `pattern=` constraint pay for importing re
    return re.search(pattern, text)


def _is_int_text(text):
    """`[+-]?\\d+(_\\d+)*`: what int() accepts that pydantic does too (ASCII)."""
    if text[:1] in ("+", "-"):
        text = text[1:]
    groups = text.split("_")
    return all(g and all(c in _DIGITS for c in g) for g in groups)


def _is_whole_float_text(text):
    """`[+-]?\\d+\\.0*`: a float spelling of a whole number."""
    if text[:1] in ("+", "-"):
        text = text[1:]
    whole, dot, frac = text.partition(".")
    return (dot == "." and whole != "" and all(c in _DIGITS for c in whole)
            and all(c == "0" for c in frac))


def _validate_int(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _err("finite_number", "Input should be a finite number", value)
        if value != int(value):
            raise _err("int_from_float",
                       "Input should be a valid integer, got a number with a fractional part",
                       value)
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if _is_int_text(text):
            return int(text)
        try:
            f = float(text)
        except ValueError:
            f = None
        if f is not None and _is_whole_float_text(text):
            return int(f)
        raise _err("int_parsing",
                   "Input should be a valid integer, unable to parse string as an integer",
                   value)
    raise _err("int_type", "Input should be a valid integer", value)


def _validate_float(value):
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            raise _err("float_parsing",
                       "Input should be a valid number, unable to parse string as a number",
                       value) from None
    raise _err("float_type", "Input should be a valid number", value)


def _validate_bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if value in (0, 1):
            return value == 1
        raise _err("bool_parsing", "Input should be a valid boolean, unable to interpret input",
                   value)
    if isinstance(value, float):
        if value in (0.0, 1.0):
            return value == 1.0
        raise _err("bool_parsing", "Input should be a valid boolean, unable to interpret input",
                   value)
    if isinstance(value, str):
        low = value.lower()  # pydantic does not strip whitespace here
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise _err("bool_parsing", "Input should be a valid boolean, unable to interpret input",
                   value)
    raise _err("bool_type", "Input should be a valid boolean", value)


def _validate_str(value):
    if isinstance(value, str):
        return value
    if hasattr(type(value), "__members__") and isinstance(getattr(value, "value", None), str):
        return value.value
    raise _err("string_type", "Input should be a valid string", value)


def _literal_text(choices):
    reprs = [repr(c) for c in choices]
    if len(reprs) == 1:
        return reprs[0]
    return ", ".join(reprs[:-1]) + " or " + reprs[-1]
