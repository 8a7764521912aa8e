"""fastapi (subset): an app of routes that the host drives one request at a time.

The host (Pyex.Lambda, pyex.Lambda, the Rust `lambda` layer) boots a program
that creates a `FastAPI()` app, then calls `_lambda_handle(request)` per
request. Parameters, validation errors, exception handling and the response
bytes follow FastAPI 0.115 / Starlette exactly (status, headers, JSON body).
"""

if "__path__" not in globals():
    __path__ = []

import json as _json
import typing as _typing

import _fastapi_boot

import pydantic as _pydantic
from pydantic import BaseModel as _BaseModel
from fastapi import status
from fastapi.responses import (Response, JSONResponse, ORJSONResponse, HTMLResponse,
                               PlainTextResponse, RedirectResponse, StreamingResponse,
                               FileResponse, _MutableHeaders)
from fastapi.requests import Request, UploadFile, _State, _Ready, _parse_qsl, _unquote, _MISSING
from fastapi.params import (Query, Path, Header, Cookie, Body, Form, Depends, _Param,
                            _Depends)
from fastapi.status import _PHRASES


class HTTPException(Exception):
    """Raised by a handler: the response is `{"detail": detail}` with `status_code`."""

    def __init__(self, status_code, detail=None, headers=None):
        if detail is None:
            detail = _PHRASES.get(status_code, "")
        Exception.__init__(self, status_code, detail)
        self.status_code = status_code
        self.detail = detail
        self.headers = headers

    def __str__(self):
        return "%d: %s" % (self.status_code, self.detail)

    def __repr__(self):
        return "HTTPException(status_code=%d, detail=%r)" % (self.status_code, self.detail)


class RequestValidationError(Exception):
    def __init__(self, errors, body=None):
        Exception.__init__(self, errors)
        self._errors = errors
        self.body = body

    def errors(self):
        return self._errors


class _Spec:
    """One handler parameter: where its value comes from and its type."""

    def __init__(self, name, kind, annotation, default, info, alias):
        self.name = name
        self.kind = kind
        self.annotation = annotation
        self.default = default
        self.info = info
        self.alias = alias


def _strip_annotated(ann):
    origin = getattr(ann, "__origin__", None)
    metadata = getattr(ann, "__metadata__", None)
    if metadata is not None:
        return origin, list(metadata)
    return ann, []


def _is_scalar(ann):
    # Identity tests throughout, not `in` (==): an alias's `__eq__` is Python
    # code, run once per candidate.
    if ann is _EMPTY or ann is int or ann is float or ann is str or ann is bool \
            or ann is bytes or ann is _typing.Any:
        return True
    if isinstance(ann, type) and issubclass(ann, _BaseModel):
        return False
    origin = _typing.get_origin(ann)
    if _is_container(origin) or _is_container(ann):
        return False
    if origin is _typing.Union or repr(origin) == "<class 'types.UnionType'>":
        return all(_is_scalar(a) for a in _typing.get_args(ann) if a is not type(None))
    return True


def _is_container(t):
    return t is list or t is dict or t is tuple or t is set


_EMPTY = object()


def _signature(func):
    """`(params, is_async)`: `(name, annotation, default)` per positional and
    keyword-only parameter (`_EMPTY`: no annotation, `_MISSING`: no default),
    natively for a Python function (no code object is built)."""
    sig = _fastapi_boot.signature(func, _EMPTY, _MISSING)
    if sig is not None:
        return sig
    code = func.__code__
    count = code.co_argcount + code.co_kwonlyargcount
    names = code.co_varnames[:count]
    defaults = {}
    pos_defaults = func.__defaults__ or ()
    for name, value in zip(code.co_varnames[code.co_argcount - len(pos_defaults):
                                            code.co_argcount], pos_defaults):
        defaults[name] = value
    defaults.update(func.__kwdefaults__ or {})
    annotations = getattr(func, "__annotations__", {}) or {}
    params = [(name, annotations.get(name, _EMPTY), defaults.get(name, _MISSING))
              for name in names]
    return params, bool(getattr(code, "co_flags", 0) & 0x80)


def _analyze(func, path_names):
    return _analyze_params(_signature(func)[0], path_names)


def _analyze_params(params, path_names):
    specs = []
    bodies = []
    for name, ann, default in params:
        # The common case first: a scalar annotation with no default or a
        # plain one is a path or query parameter (what the chain below
        # decides for it, without its isinstance/issubclass calls).
        if ann is str or ann is int or ann is float or ann is bool:
            t = default.__class__
            if default is _MISSING or default is None or t is str or t is int \
                    or t is float or t is bool:
                kind = "path" if name in path_names else "query"
                specs.append(_Spec(name, kind, ann, default, None, name))
                continue
        # A plain class annotation (`str`, a model) has no Annotated metadata.
        is_class = isinstance(ann, type)
        if not is_class:
            ann, metadata = _strip_annotated(ann)
            for meta in metadata:
                if isinstance(meta, (_Param, _Depends)):
                    default_value = default
                    default = meta
                    if isinstance(meta, _Param) and default_value is not _MISSING:
                        meta.default = default_value
            is_class = isinstance(ann, type)
        info = None
        alias = name
        if ann is Request or (ann is _EMPTY and name == "request"):
            kind = "request"
        elif is_class and issubclass(ann, Response):
            kind = "response"
        elif default is not _MISSING and isinstance(default, _Depends):
            kind = "depends"
            default = default.dependency or ann
        elif default is not _MISSING and isinstance(default, _Param):
            kind = default.kind
            info = default.field
            if default.alias:
                alias = default.alias
            elif kind == "header" and default.convert_underscores:
                alias = name.replace("_", "-")
            embed = default.embed
            default = default.default if default.default_factory is None \
                else default.default_factory()
            if kind == "body" and embed:
                kind = "body_embed"
        elif name in path_names:
            kind = "path"
        elif is_class and ann is not _typing.Any and (
                issubclass(ann, _BaseModel) or _is_container(ann)):
            kind = "body"
        elif not is_class and not _is_scalar(ann):
            kind = "body"
        else:
            kind = "query"
        spec = _Spec(name, kind, ann, default, info, alias)
        specs.append(spec)
        if kind == "body" or kind == "body_embed":
            bodies.append(spec)
    if len(bodies) > 1:
        for s in bodies:
            s.kind = "body_embed"
    return specs


# ---------------------------------------------------------------- routing

class _Route:
    def __init__(self, path, methods, endpoint, status_code=None, response_class=None,
                 response_model=None, name=None, **_):
        """`methods`: upper-case names (the callers convert them)."""
        self.path = path
        self.methods = methods
        self.endpoint = endpoint
        self.status_code = status_code
        self.response_class = response_class
        self.response_model = response_model
        self.name = name or getattr(endpoint, "__name__", "")
        # The template, the signature and (for plain parameters) the specs
        # in one native call.
        got = _fastapi_boot.route(path, endpoint, _Spec, _EMPTY, _MISSING, _BaseModel, Response,
                                  _typing._UnionAlias)
        if got is not None:
            self.parts, self.param_names, self.tail_path, self.is_async, specs, params = got
            self.regex = None
            if specs is None:
                specs = _analyze_params(params, [n for n, _ in self.param_names])
            self.specs = specs
            return
        self.parts, self.param_names, self.regex = _compile_path(path)
        last = self.parts[-1] if self.parts else None
        self.tail_path = last.__class__ is tuple and last[1] == "path"
        params, self.is_async = _signature(endpoint)
        path_names = [n for n, _ in self.param_names] if self.param_names else ()
        self.specs = _analyze_params(params, path_names)

    def match(self, path, segs=None):
        """The path parameters (converted) if `path` matches, else None
        (`segs`: `path.split("/")`, split once per request by the caller)."""
        if self.regex is not None:
            return self._match_regex(path)
        if segs is None:
            segs = path.split("/")
        parts = self.parts
        if len(segs) != len(parts) and not self.tail_path:
            return None
        params = {}
        for i, part in enumerate(parts):
            if part.__class__ is str:
                if i >= len(segs) or segs[i] != part:
                    return None
                continue
            name, conv = part
            if conv == "path":
                params[name] = "/".join(segs[i:])
                return params
            if i >= len(segs) or not segs[i]:
                return None
            value = segs[i]
            if conv == "int":
                if not all(c in _DIGITS for c in value):
                    return None
                value = int(value)
            elif conv == "float":
                whole, _, frac = value.partition(".")
                if not whole or not all(c in _DIGITS for c in whole + frac) or \
                        ("." in value and not frac):
                    return None
                value = float(value)
            params[name] = value
        if len(segs) != len(parts):
            return None
        return params

    def _match_regex(self, path):
        m = self.regex.match(path)
        if m is None:
            return None
        params = {}
        for (name, conv), value in zip(self.param_names, m.groups()):
            if conv == "int":
                value = int(value)
            elif conv == "float":
                value = float(value)
            params[name] = value
        return params


_DIGITS = "0123456789"


def _compile_path(path):
    """A route template as segments (a literal str, or a (name, convertor) pair);
    templates with a parameter inside a segment, or a `path` parameter before
    the end, fall back to Starlette's regex (`re` is imported only then)."""
    parts, names, simple = _fastapi_boot.compile_path(path)
    if simple:
        return parts, names, None
    import re
    pattern = "^"
    names = []
    pos = 0
    for m in re.finditer(r"{([a-zA-Z_][a-zA-Z0-9_]*)(:[a-zA-Z_]+)?}", path):
        pattern += re.escape(path[pos:m.start()])
        conv = (m.group(2) or ":str")[1:]
        names.append((m.group(1), conv))
        pattern += {"path": "(.*)", "int": "([0-9]+)", "float": r"([0-9]+(?:\.[0-9]+)?)"
                    }.get(conv, "([^/]+)")
        pos = m.end()
    pattern += re.escape(path[pos:]) + "$"
    return parts, names, re.compile(pattern)


class APIRouter:
    def __init__(self, prefix="", tags=None, dependencies=None, **kw):
        self.prefix = prefix
        self.routes = []

    def add_api_route(self, path, endpoint, methods=None, status_code=None,
                      response_class=None, response_model=None, name=None, **kw):
        self.routes.append(_Route(self.prefix + path, [m.upper() for m in methods or ["GET"]],
                                  endpoint, status_code, response_class, response_model, name))

    def api_route(self, path, methods=None, **kw):
        return _decorator(self, path, [m.upper() for m in methods or ["GET"]], kw)

    def get(self, path, **kw):
        return _decorator(self, path, ["GET"], kw)

    def post(self, path, **kw):
        return _decorator(self, path, ["POST"], kw)

    def put(self, path, **kw):
        return _decorator(self, path, ["PUT"], kw)

    def patch(self, path, **kw):
        return _decorator(self, path, ["PATCH"], kw)

    def delete(self, path, **kw):
        return _decorator(self, path, ["DELETE"], kw)

    def head(self, path, **kw):
        return _decorator(self, path, ["HEAD"], kw)

    def options(self, path, **kw):
        return _decorator(self, path, ["OPTIONS"], kw)

    def include_router(self, router, prefix="", tags=None, **kw):
        for route in router.routes:
            self.routes.append(_Route(self.prefix + prefix + route.path, list(route.methods),
                                      route.endpoint, route.status_code,
                                      route.response_class, route.response_model,
                                      route.name))


_ADD_API_ROUTE = APIRouter.add_api_route


def _decorator(router, path, methods, kw):
    """What `router.get(path, **kw)` (`api_route`, `post`, ...) returns: the
    decorator that registers its function as a route (through the router's
    `add_api_route` when a subclass overrides it)."""
    def decorator(func):
        if router.__class__.add_api_route is _ADD_API_ROUTE:
            router.routes.append(_Route(router.prefix + path, methods, func, **kw))
        else:
            router.add_api_route(path, func, methods=methods, **kw)
        return func
    return decorator


_apps = []


class FastAPI(APIRouter):
    """The application: routes, exception handlers; driven by the host."""

    def __init__(self, title="FastAPI", version="0.1.0", description="", **kw):
        APIRouter.__init__(self)
        self.title = title
        self.version = version
        self.description = description
        self.exception_handlers = {}
        self.middlewares = []
        self.state = _State()
        _apps.append(self)

    def exception_handler(self, exc_class):
        def decorator(func):
            self.exception_handlers[exc_class] = func
            return func
        return decorator

    def middleware(self, kind):
        def decorator(func):
            self.middlewares.append(func)
            return func
        return decorator

    def on_event(self, kind):
        def decorator(func):
            return func
        return decorator


# ---------------------------------------------------------------- dispatch

def _validate(value, ann, info, loc, errors):
    """`value` converted to `ann`; appends FastAPI-style errors under `loc`."""
    if ann is _EMPTY or ann is None:
        return value
    if ann is str and info is None and value.__class__ is str:
        return value
    original = value
    _pydantic._FROM_ATTRIBUTES[0] = True
    try:
        value = _pydantic.validate_value(value, ann)
        if info is not None:
            _pydantic._check_constraints(info, value, original)
        return value
    except _pydantic._Err as e:
        for err in e.errors:
            item = {"type": err["type"], "loc": list(loc) + err["loc"], "msg": err["msg"],
                    "input": err["input"]}
            if "ctx" in err:
                item["ctx"] = err["ctx"]
            errors.append(item)
        return None
    finally:
        _pydantic._FROM_ATTRIBUTES[0] = False


def _scalar_source(spec, request, path_params):
    if spec.kind == "path":
        return path_params.get(spec.alias, _MISSING)
    if spec.kind == "query":
        if _typing.get_origin(spec.annotation) in (list, tuple, set) or spec.annotation is list:
            values = request.query_params.getlist(spec.alias)
            return values if values else _MISSING
        return request.query_params.get(spec.alias, _MISSING)
    if spec.kind == "header":
        return request.headers.get(spec.alias, _MISSING)
    if spec.kind == "cookie":
        return request.cookies.get(spec.alias, _MISSING)
    if spec.kind == "form":
        return _Request_form(request).get(spec.alias, _MISSING)
    return _MISSING


def _Request_form(request):
    text = request._body.decode("utf-8")
    return dict(_parse_qsl(text, keep_blank_values=True))


def _read_body(request, errors):
    raw = request._body
    if not raw:
        return _MISSING
    ctype = request.headers.get("content-type", "")
    if ctype and "json" not in ctype:
        return raw.decode("utf-8") if isinstance(raw, bytes) else raw
    try:
        return _json.loads(raw)
    except ValueError as e:
        errors.append({"type": "json_invalid", "loc": ["body", e.pos],
                       "msg": "JSON decode error", "input": {}, "ctx": {"error": e.msg}})
        return _MISSING


def _solve(specs, request, path_params, response, errors, body_state):
    kwargs = {}
    for spec in specs:
        if spec.kind == "request":
            kwargs[spec.name] = request
            continue
        if spec.kind == "response":
            kwargs[spec.name] = response
            continue
        if spec.kind == "depends":
            sub = _analyze(spec.default, [n for n in path_params])
            sub_kwargs = _solve(sub, request, path_params, response, errors, body_state)
            if sub_kwargs is not None and not errors:
                kwargs[spec.name] = _await(spec.default(**sub_kwargs))
            continue
        if spec.kind in ("body", "body_embed"):
            if "body" not in body_state:
                body_state["body"] = _read_body(request, errors)
            body = body_state["body"]
            loc = ["body"]
            if spec.kind == "body_embed":
                loc = ["body", spec.alias]
                if isinstance(body, dict):
                    body = body.get(spec.alias, _MISSING)
                elif body is not _MISSING:
                    body = _MISSING
            if body is _MISSING or body is None:  # FastAPI: a null body is missing
                if spec.default is _MISSING:
                    if body_state.get("body") is not _MISSING or not errors:
                        errors.append({"type": "missing", "loc": loc,
                                       "msg": "Field required", "input": None})
                    continue
                kwargs[spec.name] = spec.default
                continue
            ann = spec.annotation
            if isinstance(ann, type) and issubclass(ann, _BaseModel) and \
                    not isinstance(body, dict):
                errors.append({"type": "model_attributes_type", "loc": loc,
                               "msg": "Input should be a valid dictionary or object to "
                                      "extract fields from", "input": body})
                continue
            kwargs[spec.name] = _validate(body, ann, spec.info, loc, errors)
            continue
        value = _scalar_source(spec, request, path_params)
        loc = [spec.kind, spec.alias]
        if value is _MISSING:
            if spec.default is _MISSING:
                errors.append({"type": "missing", "loc": loc, "msg": "Field required",
                               "input": None})
            else:
                kwargs[spec.name] = spec.default
            continue
        kwargs[spec.name] = _validate(value, spec.annotation, spec.info, loc, errors)
    return kwargs


_loop = [None]


def _await(value):
    """Runs a coroutine returned by an `async def` handler to completion: on
    the app's event loop once the program uses asyncio (so `asyncio.sleep`,
    `gather` and awaitable host functions work, and tasks a handler starts
    live on between requests, as under uvicorn), else by stepping it."""
    cls = value.__class__
    if cls is dict or cls is str or cls is list or value is None:
        return value
    if hasattr(value, "__await__") and hasattr(value, "send"):
        import sys
        events = sys.modules.get("asyncio.events")
        if events is not None and events._get_running_loop() is None:
            if _loop[0] is None or _loop[0].is_closed():
                _loop[0] = events.new_event_loop()
            return _loop[0].run_until_complete(value)
        try:
            while True:
                value.send(None)
        except StopIteration as stop:
            return stop.value
    return value


def jsonable_encoder(obj):
    """What FastAPI turns a return value into before `json.dumps`."""
    cls = obj.__class__
    if cls is str or cls is int or cls is float or cls is bool or obj is None:
        return obj
    if cls is dict:
        return {jsonable_encoder(k): jsonable_encoder(v) for k, v in obj.items()}
    if cls is list:
        return [jsonable_encoder(v) for v in obj]
    if isinstance(obj, _BaseModel):
        return obj.model_dump(mode="json")
    if isinstance(obj, dict):
        return {jsonable_encoder(k): jsonable_encoder(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [jsonable_encoder(v) for v in obj]
    if hasattr(type(obj), "__members__") and hasattr(obj, "value"):
        return obj.value
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, BaseException):
        return {}
    if hasattr(type(obj), "__dataclass_fields__"):
        return {f: jsonable_encoder(getattr(obj, f)) for f in type(obj).__dataclass_fields__}
    return _pydantic._json_scalar(obj)




def _serialize(route, result, sub_response, content=_MISSING):
    """The response for a handler's `result` (`content`: its JSON data when
    the caller already made it, as `_model_content` does)."""
    if isinstance(result, Response):
        return result
    if content is _MISSING:
        content = _model_content(route, result)
    cls = route.response_class or JSONResponse
    code = sub_response.status_code or route.status_code or 200
    if cls is JSONResponse:
        resp = JSONResponse(content, status_code=code)
    else:
        resp = cls(content, status_code=code)
    if code < 200 or code in (204, 304):
        resp.body = b""
    for k, v in sub_response.raw_headers:
        if k not in ("content-length", "content-type"):
            resp.raw_headers.insert(0, [k, v]) if False else resp.raw_headers.append([k, v])
    return resp


def _model_content(route, result):
    """`result` as JSON data, validated by the route's `response_model` first
    (which drops what the model does not declare)."""
    if route.response_model is not None:
        result = _pydantic.validate_value(_plain(result), route.response_model)
    return jsonable_encoder(result)


def _plain(value):
    """Models as dicts (a response_model re-validates what a handler returned)."""
    if isinstance(value, _BaseModel):
        return value.model_dump()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _error_response(exc, app, request):
    handlers = app.exception_handlers
    if handlers:
        for cls in type(exc).__mro__:
            if cls in handlers:
                return _await(handlers[cls](request, exc))
    if isinstance(exc, HTTPException):
        if exc.status_code in (204, 304):
            return Response(status_code=exc.status_code, headers=exc.headers)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=exc.headers)
    if isinstance(exc, RequestValidationError):
        return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
    raise exc


def _dispatch(app, request):
    path = request.url.path
    segs = path.split("/")
    allowed = []
    for route in app.routes:
        params = route.match(path, segs)
        if params is None:
            continue
        if request.method not in route.methods:
            if not allowed:
                allowed = route.methods
            continue
        request.path_params = params
        return _call_route(app, route, request, params)
    if allowed:
        raise HTTPException(405, headers={"Allow": ", ".join(allowed)})
    if path != "/":
        # Starlette's redirect_slashes: the other spelling of the path exists
        other = path[:-1] if path.endswith("/") else path + "/"
        if any(route.match(other) is not None for route in app.routes):
            host = request.headers.get("host", "testserver")
            query = "?" + request.url.query if request.url.query else ""
            return RedirectResponse("http://%s%s%s" % (host, other, query))
    raise HTTPException(404)


def _call_route(app, route, request, params):
    errors = []
    # What `Response()` would hold, without rendering a body and headers
    # only to replace them.
    sub_response = Response.__new__(Response)
    sub_response.status_code = None
    sub_response.body = b""
    sub_response._given = None
    sub_response.raw_headers = []
    sub_response.headers = _MutableHeaders(sub_response.raw_headers)
    kwargs = _solve(route.specs, request, params, sub_response, errors, {})
    if errors:
        raise RequestValidationError(errors)
    request._async = route.is_async
    result = _await(route.endpoint(**kwargs))
    return _serialize(route, result, sub_response)


def _handle(app, request):
    try:
        try:
            return _dispatch(app, request)
        except Exception as exc:
            return _error_response(exc, app, request)
    except Exception as exc:
        import traceback
        import sys
        sys.stderr.write(traceback.format_exc())
        return PlainTextResponse("Internal Server Error", status_code=500)


_booted = [None]


def _find_app(_arg=None):
    """The app the host serves: `__main__.app`, else the last `FastAPI()` created."""
    import sys
    main = sys.modules.get("__main__")
    app = getattr(main, "app", None)
    if not isinstance(app, FastAPI):
        if not _apps:
            raise RuntimeError("the program created no FastAPI app")
        app = _apps[-1]
    _booted[0] = app
    return None


_streams = {}
_next_stream = [0]


def _lambda_handle(req, stream=False):
    """The host's entry point: a request dict -> a response dict (see core/src/lambda)."""
    method = req.get("method", "GET").upper()
    path = req.get("path", "/")
    query = req.get("query", "") or ""
    if "?" in path:
        path, query = path.split("?", 1)
    path = _unquote(path)
    headers = req.get("headers") or []
    if isinstance(headers, dict):
        headers = list(headers.items())
    body = req.get("body") or b""
    if isinstance(body, str):
        body = body.encode("utf-8")
    request = Request(method, path, query, headers, body)
    if _booted[0] is None:
        _find_app()
    return _lambda_out(_handle(_booted[0], request), method, stream)


def _lambda_out(resp, method, stream):
    """The response dict the host reads (see core/src/lambda/wire.rs) for `resp`."""
    out = {"status": resp.status_code,
           "headers": [(k, v) for k, v in resp.raw_headers]}
    if isinstance(resp, StreamingResponse):
        if stream:
            _next_stream[0] += 1
            sid = _next_stream[0]
            _streams[sid] = resp.body_iterator
            out["stream"] = sid
            out["body"] = None
            return out
        chunks = []
        while True:
            chunk = _next_chunk(resp.body_iterator)
            if chunk is _DONE:
                break
            chunks.append(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
        out["body"] = b"".join(chunks)
    else:
        out["body"] = resp.body if method != "HEAD" else b""
        if isinstance(resp, JSONResponse) and out["body"]:
            out["json"] = resp._content
    return out


def _lambda_next(sid):
    """The next chunk of stream `sid` (bytes or str), or None once it is exhausted."""
    it = _streams.get(sid)
    if it is None:
        return None
    chunk = _next_chunk(it)
    if chunk is _DONE:
        del _streams[sid]
        return None
    if not isinstance(chunk, (str, bytes)):
        chunk = str(chunk)
    return chunk


_DONE = object()


async def _anext(iterator):
    return await iterator.__anext__()


def _next_chunk(iterator):
    """The next chunk of a body iterator (sync, or async: an async generator
    pulled one step per call), or `_DONE`."""
    if hasattr(iterator, "__anext__"):
        try:
            return _await(_anext(iterator))
        except StopAsyncIteration:
            return _DONE
    try:
        return next(iterator)
    except StopIteration:
        return _DONE


def _lambda_close(sid):
    _streams.pop(sid, None)
    return None


def _lambda_handle_stream(req):
    return _lambda_handle(req, True)


# ---------------------------------------------------------------- native request path
#
# The Rust request path (core/src/lambda/native/) matches routes and binds
# path and query parameters itself; it asks `_native_routes` once what each
# route needs, and calls `_native_call` with the route and its arguments.
# Whatever it cannot do exactly like the dispatch above (no route matched,
# headers, bodies, dependencies, constraints, exception handlers, ...) it
# leaves to `_lambda_handle`, so every response is the same either way.

try:
    from _fastapi_native import respond as _native_respond, model_fields as _native_fields
except ImportError:  # the pure-Python check of these sources (conformance/web/devcheck.py)
    _native_respond = _native_fields = None

_native_keep = []


def _native_kind(ann):
    """How a path or query value converts to `ann` natively: "str", "int",
    "float", "bool", "any" (kept as it is), or None (not natively)."""
    if ann is _EMPTY or ann is _typing.Any:
        return "any"
    if ann is str or ann is int or ann is float or ann is bool:
        return ann.__name__
    origin = _typing.get_origin(ann)
    if origin is _typing.Union or repr(origin) == "<class 'types.UnionType'>":
        args = _typing.get_args(ann)
        if len(args) == 2 and args[1] is type(None) and args[0] in (str, int, float, bool):
            return args[0].__name__
    return None


def _native_param(spec, defaults):
    """`(name, source, kind, required)` of a parameter the native path binds, else None."""
    if spec.kind == "body" and spec.info is None:
        # The JSON body, parsed natively and validated by `_native_body`.
        return (spec.name, "body", "any", spec.default is _MISSING)
    if spec.kind not in ("path", "query") or spec.info is not None or spec.alias != spec.name:
        return None
    kind = _native_kind(spec.annotation)
    if kind is None:
        return None
    required = spec.default is _MISSING
    # An omitted argument takes the function's own default: it must be the one FastAPI uses.
    if not required and defaults.get(spec.name, _MISSING) is not spec.default:
        return None
    return (spec.name, spec.kind, kind, required)


_NATIVE_CLASSES = {None: 0, JSONResponse: 0, HTMLResponse: 1, PlainTextResponse: 2}


def _native_route(route):
    """What the native path needs of `route`: `(matchable, native, methods, parts,
    params, response class code)`."""
    func = route.endpoint
    code = getattr(func, "__code__", None)
    params = []
    native = code is not None
    if native:
        defaults = dict(zip(code.co_varnames[code.co_argcount - len(func.__defaults__ or ()):
                                             code.co_argcount], func.__defaults__ or ()))
        defaults.update(func.__kwdefaults__ or {})
        for spec in route.specs:
            param = _native_param(spec, defaults)
            if param is None:
                native = False
                break
            params.append(param)
    parts = [p if p.__class__ is str else list(p) for p in route.parts]
    return (route.regex is None, native, list(route.methods), parts, params,
            _NATIVE_CLASSES.get(route.response_class, 3))


def _native_routes(_arg=None):
    """The booted app's routes as the native path reads them; `_native_keep`
    holds the objects it passes back (and the lists it watches for changes)."""
    if _booted[0] is None:
        _find_app()
    app = _booted[0]
    _native_keep[:] = [app.routes, app.exception_handlers, app.middlewares]
    _native_keep.extend(app.routes)
    plain = not app.exception_handlers and not app.middlewares
    return (plain, [_native_route(route) for route in app.routes])


_native_models = {}
_NATIVE_CONFIG = frozenset(("frozen", "title", "from_attributes", "populate_by_name",
                            "json_schema_extra", "arbitrary_types_allowed"))
_NATIVE_FIELD_KINDS = {str: "str", int: "int", float: "float", bool: "bool"}


def _native_field(name, info):
    """A field of a simple model as `_native_fields` reads it, or None."""
    if info.alias is not None or info.validation_alias is not None or \
            info.default_factory is not None or info.multiple_of is not None or \
            info.pattern is not None:
        return None
    ann = info.annotation
    optional = False
    origin = _typing.get_origin(ann)
    if origin is _typing.Union or origin is _typing_union_type:
        args = _typing.get_args(ann)
        if len(args) != 2 or args[1] is not type(None):
            return None
        ann, optional = args[0], True
        origin = _typing.get_origin(ann)
    kind = _NATIVE_FIELD_KINDS.get(ann) if origin is None else None
    if origin is list and _typing.get_args(ann) in ((str,), (int,)):
        kind = "list_" + _NATIVE_FIELD_KINDS[_typing.get_args(ann)[0]]
    limits = (info.gt, info.ge, info.lt, info.le, info.min_length, info.max_length)
    if kind is None or any(n is not None and n.__class__ not in (int, float) for n in limits):
        return None
    required = info.is_required()
    return (name, kind, optional, required, None if required else info.default) + limits


def _native_model(cls):
    """The fields of `cls` when it is a simple model (see lambda/native/model.rs), else None."""
    if not (isinstance(cls, type) and issubclass(cls, _BaseModel)) or \
            cls.__pydantic_validators__ or not isinstance(cls.model_config, dict) or \
            any(key not in _NATIVE_CONFIG for key in cls.model_config):
        return None
    fields = tuple(_native_field(name, info) for name, info in cls.__pydantic_fields__.items())
    return None if None in fields else fields


_typing_union_type = type(int | None)


def _native_body(route, kwargs, body):
    """Validates the JSON body the native path parsed into the body
    parameter's argument, as `_solve` does (natively for a simple model)."""
    for spec in route.specs:
        if spec.kind == "body":
            errors = []
            ann = spec.annotation
            if body.__class__ is dict and isinstance(ann, type):
                fields = _native_models.get(ann, _MISSING)
                if fields is _MISSING:
                    fields = _native_models[ann] = _native_model(ann)
                state = None if fields is None else _native_fields(fields, body)
                if state is not None:
                    obj = object.__new__(ann)
                    _pydantic._set_state(obj, state[0], state[1])
                    kwargs[spec.name] = obj
                    continue
            if isinstance(ann, type) and issubclass(ann, _BaseModel) and \
                    not isinstance(body, dict):
                errors.append({"type": "model_attributes_type", "loc": ["body"],
                               "msg": "Input should be a valid dictionary or object to "
                                      "extract fields from", "input": body})
            else:
                kwargs[spec.name] = _validate(body, ann, spec.info, ["body"], errors)
            if errors:
                raise RequestValidationError(errors)


def _native_call(route, kwargs, stream, body):
    """Calls `route`'s handler with the arguments the native path bound
    (`body`: `(the parsed JSON body,)` for a route with a body parameter): the
    response dict, as `_lambda_handle` makes it (or None when
    `_native_respond` handed the response to the host itself)."""
    try:
        try:
            if body is not None:
                _native_body(route, kwargs, body[0])
            result = route.endpoint(**kwargs)
            if route.is_async:
                result = _await(result)
            content = _MISSING
            if route.response_model is not None and not isinstance(result, Response):
                content = _model_content(route, result)
            if _native_respond(result if content is _MISSING else content,
                               _NATIVE_CLASSES.get(route.response_class, 3),
                               route.status_code or 200):
                return None  # the response went straight to the host
            sub_response = Response.__new__(Response)
            sub_response.status_code = None
            sub_response.raw_headers = []
            resp = _serialize(route, result, sub_response, content)
        except Exception as exc:
            # `_error_response`'s JSONResponse, rendered natively when it can be.
            if exc.__class__ is HTTPException and exc.headers is None and \
                    _native_respond({"detail": exc.detail}, 0, exc.status_code):
                return None
            resp = _error_response(exc, _booted[0], None)
    except Exception:
        import traceback
        import sys
        sys.stderr.write(traceback.format_exc())
        resp = PlainTextResponse("Internal Server Error", status_code=500)
    return _lambda_out(resp, "GET", stream)
