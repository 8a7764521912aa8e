"""fastapi.responses: Starlette's response classes. Each renders its body at
construction and lists its headers (lower-case) as Starlette sends them."""

import json as _json
from _json import encode as _c_encode

class Response:
    media_type = None
    charset = "utf-8"

    def __init__(self, content=None, status_code=200, headers=None, media_type=None,
                 background=None):
        self.status_code = status_code
        if media_type is not None:
            self.media_type = media_type
        self.body = self.render(content)
        self._given = headers
        self._init_headers(headers)

    def render(self, content):
        if content is None:
            return b""
        if isinstance(content, bytes):
            return content
        return content.encode(self.charset)

    def _init_headers(self, headers):
        raw = []
        keys = ()
        if headers:
            for k, v in headers.items():
                raw.append([k.lower(), str(v)])
            keys = [k for k, _ in raw]
        body = self.body
        if (body is not None and "content-length" not in keys
                and not (self.status_code < 200 or self.status_code in (204, 304))):
            raw.append(["content-length", str(len(body))])
        ctype = self.media_type
        if ctype is not None and "content-type" not in keys:
            if ctype.startswith("text/") and "charset=" not in ctype.lower():
                ctype += "; charset=" + self.charset
            raw.append(["content-type", ctype])
        self.raw_headers = raw
        self.headers = _MutableHeaders(raw)

    def set_cookie(self, key, value="", max_age=None, path="/", httponly=False, **kw):
        text = "%s=%s; Path=%s" % (key, value, path)
        if max_age is not None:
            text += "; Max-Age=%d" % max_age
        if httponly:
            text += "; HttpOnly"
        text += "; SameSite=lax"
        self.raw_headers.append(["set-cookie", text])


class _MutableHeaders:
    def __init__(self, raw):
        self._raw = raw

    def __setitem__(self, key, value):
        key = key.lower()
        for pair in self._raw:
            if pair[0] == key:
                pair[1] = str(value)
                return
        self._raw.append([key, str(value)])

    def __getitem__(self, key):
        key = key.lower()
        for k, v in self._raw:
            if k == key:
                return v
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return any(k == key.lower() for k, _ in self._raw)

    def append(self, key, value):
        self._raw.append([key.lower(), str(value)])

    def items(self):
        return [(k, v) for k, v in self._raw]

    def update(self, other):
        for k, v in other.items():
            self[k] = v


def _not_serializable(o):
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')


def _json_bytes(content):
    # json.dumps(content, ensure_ascii=False, allow_nan=False, indent=None,
    # separators=(",", ":")) without building an encoder per response: the
    # arguments its encode() hands to the Rust encoder, which answers None
    # for what only the Python encoder handles (then json.dumps runs).
    if content.__class__ is not str:
        text = _c_encode(content, None, ":", ",", False, False, False, True, False,
                         _not_serializable)
        if text is not None:
            return text.encode("utf-8")
    return _json.dumps(content, ensure_ascii=False, allow_nan=False, indent=None,
                       separators=(",", ":")).encode("utf-8")


class JSONResponse(Response):
    media_type = "application/json"

    def render(self, content):
        self._content = content
        return _json_bytes(content)


class ORJSONResponse(JSONResponse):
    pass


class HTMLResponse(Response):
    media_type = "text/html"


class PlainTextResponse(Response):
    media_type = "text/plain"


class RedirectResponse(Response):
    def __init__(self, url, status_code=307, headers=None, background=None):
        Response.__init__(self, content=b"", status_code=status_code, headers=headers)
        self.headers["location"] = _quote_url(str(url))


def _quote_url(url):
    safe = ":/%#?=@[]!$&'()*+,;"
    out = []
    for ch in url:
        if ch.isalnum() and ord(ch) < 128 or ch in "_.-~" or ch in safe:
            out.append(ch)
        else:
            for byte in ch.encode("utf-8"):
                out.append("%%%02X" % byte)
    return "".join(out)


class StreamingResponse(Response):
    """A body produced lazily by an iterator (a generator): one chunk per `next`."""

    def __init__(self, content, status_code=200, headers=None, media_type=None,
                 background=None):
        self.status_code = status_code
        if media_type is not None:
            self.media_type = media_type
        if isinstance(content, (str, bytes)):
            content = iter([content])
        if hasattr(content, "__aiter__"):
            # An async generator: pulled one step per chunk, like Starlette.
            self.body_iterator = content.__aiter__()
        else:
            self.body_iterator = iter(content) if not hasattr(content, "__next__") else content
        self.body = None
        self._init_headers(headers)


class FileResponse(Response):
    def __init__(self, path, status_code=200, headers=None, media_type=None, filename=None):
        with open(path, "rb") as f:
            data = f.read()
        if media_type is None:
            media_type = _guess_type(str(path))
        Response.__init__(self, data, status_code, headers, media_type)


def _guess_type(path):
    ext = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return {"html": "text/html", "txt": "text/plain", "json": "application/json",
            "css": "text/css", "js": "text/javascript", "png": "image/png",
            "jpg": "image/jpeg", "svg": "image/svg+xml"}.get(ext, "application/octet-stream")


UJSONResponse = JSONResponse
