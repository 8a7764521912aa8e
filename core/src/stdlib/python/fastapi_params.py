"""fastapi.params: where a handler parameter's value comes from (Query, Path,
Header, Cookie, Body, Form) with its constraints, and Depends."""

import pydantic as _pydantic
from fastapi.requests import _MISSING


class _Param:
    kind = "query"

    def __init__(self, default=_MISSING, *, alias=None, embed=False, media_type=None,
                 convert_underscores=True, default_factory=None, **constraints):
        if default is Ellipsis:
            default = _MISSING
        self.default = default
        self.default_factory = default_factory
        self.alias = alias
        self.embed = embed
        self.convert_underscores = convert_underscores
        self.field = _pydantic.FieldInfo(**{k: v for k, v in constraints.items()
                                            if k in _CONSTRAINTS})


_CONSTRAINTS = ("gt", "ge", "lt", "le", "min_length", "max_length", "pattern",
                "multiple_of", "title", "description", "examples")


class _Query(_Param):
    kind = "query"


class _Path(_Param):
    kind = "path"


class _Header(_Param):
    kind = "header"


class _Cookie(_Param):
    kind = "cookie"


class _BodyParam(_Param):
    kind = "body"


class _Form(_Param):
    kind = "form"


def Query(default=_MISSING, **kw):
    return _Query(default, **kw)


def Path(default=_MISSING, **kw):
    return _Path(default, **kw)


def Header(default=_MISSING, **kw):
    return _Header(default, **kw)


def Cookie(default=_MISSING, **kw):
    return _Cookie(default, **kw)


def Body(default=_MISSING, **kw):
    return _BodyParam(default, **kw)


def Form(default=_MISSING, **kw):
    return _Form(default, **kw)


class _Depends:
    def __init__(self, dependency=None, use_cache=True):
        self.dependency = dependency


def Depends(dependency=None, use_cache=True):
    return _Depends(dependency, use_cache)
