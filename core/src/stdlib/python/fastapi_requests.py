"""fastapi.requests: the incoming request as a handler sees it (Starlette's
Request: method, url, headers, query_params, path_params, cookies, body/json)."""

import json as _json

def _unquote(text, plus=False):
    """`urllib.parse.unquote` (and `unquote_plus` with `plus`)."""
    if plus:
        text = text.replace("+", " ")
    if "%" not in text:
        return text
    out = bytearray()
    i = 0
    raw = text.encode("utf-8")
    while i < len(raw):
        c = raw[i]
        if c == 37 and i + 2 < len(raw):
            try:
                out.append(int(raw[i + 1:i + 3].decode("ascii"), 16))
                i += 3
                continue
            except ValueError:
                pass
        out.append(c)
        i += 1
    return out.decode("utf-8", "replace")


def _parse_qsl(query, keep_blank_values=False):
    """`urllib.parse.parse_qsl`."""
    pairs = []
    for part in query.split("&") if query else []:
        if not part:
            continue
        if "=" in part:
            k, v = part.split("=", 1)
        else:
            k, v = part, ""
        if v or keep_blank_values:
            pairs.append((_unquote(k, True), _unquote(v, True)))
    return pairs


class _Headers:
    def __init__(self, pairs):
        self._pairs = [(k.lower(), v) for k, v in pairs]

    def get(self, key, default=None):
        key = key.lower()
        for k, v in self._pairs:
            if k == key:
                return v
        return default

    def __getitem__(self, key):
        v = self.get(key, _MISSING)
        if v is _MISSING:
            raise KeyError(key)
        return v

    def __contains__(self, key):
        return self.get(key, _MISSING) is not _MISSING

    def getlist(self, key):
        key = key.lower()
        return [v for k, v in self._pairs if k == key]

    def keys(self):
        return [k for k, _ in self._pairs]

    def values(self):
        return [v for _, v in self._pairs]

    def items(self):
        return list(self._pairs)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._pairs)

    def __repr__(self):
        return "Headers(%r)" % dict(self._pairs)


class _QueryParams(_Headers):
    def __init__(self, pairs):
        self._pairs = list(pairs)

    def get(self, key, default=None):
        found = default
        for k, v in self._pairs:
            if k == key:
                found = v
        return found

    def getlist(self, key):
        return [v for k, v in self._pairs if k == key]

    def __repr__(self):
        return "QueryParams(%r)" % "&".join("%s=%s" % kv for kv in self._pairs)


_MISSING = object()


class _URL:
    def __init__(self, path, query):
        self.path = path
        self.query = query
        self.scheme = "http"
        self.hostname = "testserver"
        self.port = None

    def __str__(self):
        return "http://testserver" + self.path + ("?" + self.query if self.query else "")


class Request:
    """The incoming request as a handler sees it."""

    def __init__(self, method, path, query, headers, body, path_params=None):
        self.method = method
        self.url = _URL(path, query)
        self.headers = _Headers(headers)
        self.query_params = _QueryParams(_parse_qsl(query, True) if query else [])
        self.path_params = path_params or {}
        self._body = body
        self.cookies = {}
        cookie = self.headers.get("cookie")
        if cookie:
            for part in cookie.split(";"):
                if "=" in part:
                    k, v = part.strip().split("=", 1)
                    self.cookies[k] = v
        self.state = _State()
        self.client = _Client()

    _async = False

    def _maybe_awaitable(self, value):
        # Starlette's body()/json()/form() are coroutines (`await request.json()`
        # in an `async def` handler); a plain `def` handler gets the value itself.
        return _Ready(value) if self._async else value

    def body(self):
        return self._maybe_awaitable(self._body)

    def json(self):
        return self._maybe_awaitable(_json.loads(self._body))

    def form(self):
        body = self._body.encode("utf-8") if isinstance(self._body, str) else self._body
        ctype = self.headers.get("content-type", "")
        if ctype.startswith("multipart/form-data"):
            form = FormData(_parse_multipart(body, ctype))
        else:
            form = FormData(_parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        return self._maybe_awaitable(form)


class FormData(_QueryParams):
    """A form body (Starlette's FormData): text fields as str, files as UploadFile."""

    def multi_items(self):
        return list(self._pairs)

    def __getitem__(self, key):
        for k, v in reversed(self._pairs):
            if k == key:
                return v
        raise KeyError(key)

    def __repr__(self):
        return "FormData(%r)" % (self._pairs,)


class UploadFile:
    """A file of a multipart form (Starlette's UploadFile)."""

    def __init__(self, file, *, size=None, filename=None, headers=None):
        self.file = file
        self.size = size
        self.filename = filename
        self.headers = headers if headers is not None else _Headers([])

    @property
    def content_type(self):
        return self.headers.get("content-type", None)

    async def read(self, size=-1):
        return self.file.read(size)

    async def seek(self, offset):
        self.file.seek(offset)

    async def write(self, data):
        self.file.write(data)

    async def close(self):
        self.file.close()

    def __repr__(self):
        return "UploadFile(filename=%r, size=%r, headers=%r)" % (
            self.filename, self.size, self.headers)


def _disposition_params(value):
    params = {}
    for item in value.split(";")[1:]:
        if "=" in item:
            k, v = item.strip().split("=", 1)
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1]
            params[k.lower()] = v
    return params


def _parse_multipart(body, ctype):
    """The fields of a multipart/form-data body, in order."""
    import io
    boundary = _disposition_params(ctype).get("boundary", "")
    fields = []
    if not boundary:
        return fields
    delimiter = b"--" + boundary.encode("latin-1")
    for part in body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        if part.startswith(b"\r\n"):
            part = part[2:]
        head, _, data = part.partition(b"\r\n\r\n")
        if data.endswith(b"\r\n"):
            data = data[:-2]
        headers = []
        for line in head.decode("latin-1").split("\r\n"):
            if ":" in line:
                k, v = line.split(":", 1)
                headers.append((k.strip().lower(), v.strip()))
        hdrs = _Headers(headers)
        params = _disposition_params(hdrs.get("content-disposition", ""))
        name = params.get("name", "")
        if "filename" in params:
            fields.append((name, UploadFile(io.BytesIO(data), size=len(data),
                                            filename=params["filename"], headers=hdrs)))
        else:
            fields.append((name, data.decode("utf-8", "replace")))
    return fields


class _Ready:
    """An awaitable that is already done."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


class _State:
    pass


class _Client:
    host = "testclient"
    port = 50000
