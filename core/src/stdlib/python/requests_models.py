"""requests.models: Request, PreparedRequest and Response, as in requests 2.32.

pyex: the body of a Response is always read whole (what ``stream=False`` does), so
iter_content/iter_lines slice the content like requests does once it is consumed.
"""

import datetime
import json as complexjson
from collections.abc import Mapping
from urllib.parse import urlencode, urlsplit, urlunparse

from requests.auth import HTTPBasicAuth
from requests.cookies import RequestsCookieJar, cookiejar_from_dict
from requests.exceptions import (
    HTTPError, InvalidJSONError, InvalidURL, MissingSchema,
    JSONDecodeError as RequestsJSONDecodeError,
)
from requests.status_codes import codes
from requests.structures import CaseInsensitiveDict
from requests.utils import (
    check_header_validity, get_auth_from_url, get_encoding_from_headers, guess_json_utf,
    iter_slices, parse_header_links, requote_uri, stream_decode_response_unicode, super_len,
    to_key_val_list, to_native_string, unicode_is_ascii,
)

REDIRECT_STATI = (
    codes.moved, codes.found, codes.other, codes.temporary_redirect, codes.permanent_redirect,
)
DEFAULT_REDIRECT_LIMIT = 30
CONTENT_CHUNK_SIZE = 10 * 1024
ITER_CHUNK_SIZE = 512
basestring = (str, bytes)

# windows-1252 bytes 0x80-0x9f (pyex has no cp1252 codec of its own; None = undefined).
_CP1252_HIGH = (
    "\u20ac", None, "\u201a", "\u0192", "\u201e", "\u2026", "\u2020", "\u2021",
    "\u02c6", "\u2030", "\u0160", "\u2039", "\u0152", None, "\u017d", None,
    None, "\u2018", "\u2019", "\u201c", "\u201d", "\u2022", "\u2013", "\u2014",
    "\u02dc", "\u2122", "\u0161", "\u203a", "\u0153", None, "\u017e", "\u0178",
)


def _decode(data, encoding):
    """str(data, encoding, errors="replace"), with windows-1252 added (pyex)."""
    name = encoding.lower().replace("_", "-")
    if name in ("windows-1252", "cp1252", "1252"):
        out = []
        for b in data:
            if 0x80 <= b <= 0x9F:
                ch = _CP1252_HIGH[b - 0x80]
                out.append("\ufffd" if ch is None else ch)
            else:
                out.append(chr(b))
        return "".join(out)
    return str(data, encoding, errors="replace")


class RequestEncodingMixin:
    @property
    def path_url(self):
        """Build the path URL to use."""
        url = []
        p = urlsplit(self.url)
        path = p.path
        if not path:
            path = "/"
        url.append(path)
        query = p.query
        if query:
            url.append("?")
            url.append(query)
        return "".join(url)

    @staticmethod
    def _encode_params(data):
        if isinstance(data, (str, bytes)):
            return data
        elif hasattr(data, "read"):
            return data
        elif hasattr(data, "__iter__"):
            result = []
            for k, vs in to_key_val_list(data):
                if isinstance(vs, basestring) or not hasattr(vs, "__iter__"):
                    vs = [vs]
                for v in vs:
                    if v is not None:
                        result.append(
                            (
                                k.encode("utf-8") if isinstance(k, str) else k,
                                v.encode("utf-8") if isinstance(v, str) else v,
                            )
                        )
            return urlencode(result, doseq=True)
        else:
            return data

    @staticmethod
    def _encode_files(files, data):
        """Build the body for a multipart/form-data request (pyex: random boundary as requests)."""
        import os
        from requests.utils import to_key_val_list as kv
        if not files:
            raise ValueError("Files must be provided.")
        elif isinstance(data, basestring):
            raise ValueError("Data must not be a string.")
        boundary = os.urandom(16).hex()
        parts = []

        def add(name, filename, value, content_type, headers):
            disposition = f'form-data; name="{name}"'
            if filename is not None:
                disposition += f'; filename="{filename}"'
            lines = [f"--{boundary}", f"Content-Disposition: {disposition}"]
            if content_type:
                lines.append(f"Content-Type: {content_type}")
            for hk, hv in (headers or {}).items():
                lines.append(f"{hk}: {hv}")
            parts.append(("\r\n".join(lines) + "\r\n\r\n").encode("utf-8"))
            parts.append(value if isinstance(value, bytes) else str(value).encode("utf-8"))
            parts.append(b"\r\n")

        for field, val in kv(data or {}):
            if isinstance(val, basestring) or not hasattr(val, "__iter__"):
                val = [val]
            for v in val:
                if v is not None:
                    add(field, None, v if isinstance(v, bytes) else str(v), None, None)
        for k, v in kv(files):
            ft = fh = None
            if isinstance(v, (tuple, list)):
                if len(v) == 2:
                    fn, fp = v
                elif len(v) == 3:
                    fn, fp, ft = v
                else:
                    fn, fp, ft, fh = v
            else:
                fn = getattr(v, "name", None) or k
                fp = v
            if isinstance(fp, (str, bytes, bytearray)):
                fdata = fp
            elif hasattr(fp, "read"):
                fdata = fp.read()
            elif fp is None:
                continue
            else:
                fdata = fp
            if isinstance(fdata, str):
                fdata = fdata.encode("utf-8")
            add(k, fn, bytes(fdata), ft, fh)
        parts.append(f"--{boundary}--\r\n".encode("utf-8"))
        return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class RequestHooksMixin:
    def register_hook(self, event, hook):
        if event not in self.hooks:
            raise ValueError(f'Unsupported event specified, with event name "{event}"')
        if callable(hook):
            self.hooks[event].append(hook)
        elif hasattr(hook, "__iter__"):
            self.hooks[event].extend(h for h in hook if callable(h))

    def deregister_hook(self, event, hook):
        try:
            self.hooks[event].remove(hook)
            return True
        except ValueError:
            return False


def default_hooks():
    return {"response": []}


def dispatch_hook(key, hooks, hook_data, **kwargs):
    hooks = hooks or {}
    hooks = hooks.get(key)
    if hooks:
        if hasattr(hooks, "__call__"):
            hooks = [hooks]
        for hook in hooks:
            _hook_data = hook(hook_data, **kwargs)
            if _hook_data is not None:
                hook_data = _hook_data
    return hook_data


class Request(RequestHooksMixin):
    """A user-created :class:`Request <Request>` object."""

    def __init__(self, method=None, url=None, headers=None, files=None, data=None,
                 params=None, auth=None, cookies=None, hooks=None, json=None):
        data = [] if data is None else data
        files = [] if files is None else files
        headers = {} if headers is None else headers
        params = {} if params is None else params
        hooks = {} if hooks is None else hooks
        self.hooks = default_hooks()
        for k, v in list(hooks.items()):
            self.register_hook(event=k, hook=v)
        self.method = method
        self.url = url
        self.headers = headers
        self.files = files
        self.data = data
        self.json = json
        self.params = params
        self.auth = auth
        self.cookies = cookies

    def __repr__(self):
        return f"<Request [{self.method}]>"

    def prepare(self):
        p = PreparedRequest()
        p.prepare(method=self.method, url=self.url, headers=self.headers, files=self.files,
                  data=self.data, json=self.json, params=self.params, auth=self.auth,
                  cookies=self.cookies, hooks=self.hooks)
        return p


def _parse_url(url):
    """urllib3's parse_url, as far as requests uses it: (scheme, auth, host, port, path,
    query, fragment), scheme and host lower-cased, dot segments removed from the path."""
    from requests.utils import requote_uri as _requote
    try:
        parts = urlsplit(url if "://" in url else "//" + url)
        port = parts.port
    except ValueError:
        raise InvalidURL(f"Failed to parse: {url}")
    scheme = parts.scheme.lower() or None
    netloc = parts.netloc
    auth = netloc.rpartition("@")[0] if "@" in netloc else None
    host = parts.hostname
    if host is not None and "[" in netloc:
        host = "[" + host + "]"
    path = parts.path
    if scheme in ("http", "https", None) and path:
        path = _remove_dot_segments(path)
    return (scheme, auth, host or None, port, path or None,
            parts.query if "?" in url else None, parts.fragment if "#" in url else None)


def _remove_dot_segments(path):
    segments = path.split("/")
    output = []
    for segment in segments:
        if segment == ".":
            continue
        if segment != "..":
            output.append(segment)
        elif output:
            output.pop()
    if path.startswith("/") and (not output or output[0]):
        output.insert(0, "")
    if path.endswith(("/.", "/..")):
        output.append("")
    return "/".join(output)


class PreparedRequest(RequestEncodingMixin, RequestHooksMixin):
    """The fully mutable :class:`PreparedRequest <PreparedRequest>` object, containing the
    exact bytes that will be sent to the server."""

    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self._cookies = None
        self.body = None
        self.hooks = default_hooks()
        self._body_position = None

    def prepare(self, method=None, url=None, headers=None, files=None, data=None,
                params=None, auth=None, cookies=None, hooks=None, json=None):
        self.prepare_method(method)
        self.prepare_url(url, params)
        self.prepare_headers(headers)
        self.prepare_cookies(cookies)
        self.prepare_body(data, files, json)
        self.prepare_auth(auth, url)
        self.prepare_hooks(hooks)

    def __repr__(self):
        return f"<PreparedRequest [{self.method}]>"

    def copy(self):
        p = PreparedRequest()
        p.method = self.method
        p.url = self.url
        p.headers = self.headers.copy() if self.headers is not None else None
        p._cookies = self._cookies.copy() if self._cookies is not None else None
        p.body = self.body
        p.hooks = self.hooks
        p._body_position = self._body_position
        return p

    def prepare_method(self, method):
        self.method = method
        if self.method is not None:
            self.method = to_native_string(self.method.upper())

    def prepare_url(self, url, params):
        if isinstance(url, bytes):
            url = url.decode("utf8")
        else:
            url = str(url)
        url = url.lstrip()
        if ":" in url and not url.lower().startswith("http"):
            self.url = url
            return
        scheme, auth, host, port, path, query, fragment = _parse_url(url)
        if not scheme:
            raise MissingSchema(
                f"Invalid URL {url!r}: No scheme supplied. "
                f"Perhaps you meant https://{url}?"
            )
        if not host:
            raise InvalidURL(f"Invalid URL {url!r}: No host supplied")
        if not unicode_is_ascii(host):
            raise InvalidURL("URL has an invalid label.")
        elif host.startswith(("*", ".")):
            raise InvalidURL("URL has an invalid label.")
        netloc = auth or ""
        if netloc:
            netloc += "@"
        netloc += host
        if port:
            netloc += f":{port}"
        if not path:
            path = "/"
        if isinstance(params, (str, bytes)):
            params = to_native_string(params)
        enc_params = self._encode_params(params)
        if enc_params:
            if query:
                query = f"{query}&{enc_params}"
            else:
                query = enc_params
        url = requote_uri(urlunparse([scheme, netloc, path, None, query, fragment]))
        self.url = url

    def prepare_headers(self, headers):
        self.headers = CaseInsensitiveDict()
        if headers:
            for header in headers.items():
                check_header_validity(header)
                name, value = header
                self.headers[to_native_string(name)] = value

    def prepare_body(self, data, files, json=None):
        body = None
        content_type = None
        if not data and json is not None:
            content_type = "application/json"
            try:
                body = complexjson.dumps(json, allow_nan=False)
            except ValueError as ve:
                raise InvalidJSONError(ve, request=self)
            if not isinstance(body, bytes):
                body = body.encode("utf-8")
        is_stream = all([
            hasattr(data, "__iter__"),
            not isinstance(data, (basestring, list, tuple, Mapping)),
        ])
        if is_stream:
            body = b"".join(c if isinstance(c, bytes) else str(c).encode("utf-8") for c in data)
            if files:
                raise NotImplementedError("Streamed bodies and files are mutually exclusive.")
            self.headers["Content-Length"] = str(len(body))
        else:
            if files:
                (body, content_type) = self._encode_files(files, data)
            else:
                if data:
                    body = self._encode_params(data)
                    if isinstance(data, basestring) or hasattr(data, "read"):
                        content_type = None
                    else:
                        content_type = "application/x-www-form-urlencoded"
            self.prepare_content_length(body)
            if content_type and ("content-type" not in self.headers):
                self.headers["Content-Type"] = content_type
        self.body = body

    def prepare_content_length(self, body):
        if body is not None:
            length = super_len(body)
            if length:
                self.headers["Content-Length"] = str(length)
        elif (self.method not in ("GET", "HEAD")
              and self.headers.get("Content-Length") is None):
            self.headers["Content-Length"] = "0"

    def prepare_auth(self, auth, url=""):
        if auth is None:
            url_auth = get_auth_from_url(self.url)
            auth = url_auth if any(url_auth) else None
        if auth:
            if isinstance(auth, tuple) and len(auth) == 2:
                auth = HTTPBasicAuth(*auth)
            r = auth(self)
            self.__dict__.update(r.__dict__)
            self.prepare_content_length(self.body)

    def prepare_cookies(self, cookies):
        if isinstance(cookies, RequestsCookieJar):
            self._cookies = cookies
        else:
            self._cookies = cookiejar_from_dict(cookies)
        cookie_header = self._cookies._header_for(self.url)
        if cookie_header is not None:
            self.headers["Cookie"] = cookie_header

    def prepare_hooks(self, hooks):
        hooks = hooks or []
        for event in hooks:
            self.register_hook(event, hooks[event])


class Response:
    """The :class:`Response <Response>` object, which contains a server's response to an
    HTTP request."""

    __attrs__ = ["_content", "status_code", "headers", "url", "history", "encoding",
                 "reason", "cookies", "elapsed", "request"]

    def __init__(self):
        self._content = False
        self._content_consumed = False
        self._next = None
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.raw = None
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = cookiejar_from_dict({})
        self.elapsed = datetime.timedelta(0)
        self.request = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<Response [{self.status_code}]>"

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return "location" in self.headers and self.status_code in REDIRECT_STATI

    @property
    def is_permanent_redirect(self):
        return "location" in self.headers and self.status_code in (
            codes.moved_permanently, codes.permanent_redirect,
        )

    @property
    def next(self):
        return self._next

    @property
    def apparent_encoding(self):
        """pyex: no chardet; "ascii" or "utf-8" when the bytes are that, else "Windows-1252"."""
        content = self.content
        if all(b < 0x80 for b in content):
            return "ascii"
        try:
            content.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            return "Windows-1252"

    def iter_content(self, chunk_size=1, decode_unicode=False):
        if chunk_size is not None and not isinstance(chunk_size, int):
            raise TypeError(
                f"chunk_size must be an int, it is instead a {type(chunk_size)}."
            )
        chunks = iter_slices(self._content, chunk_size)
        if decode_unicode:
            chunks = stream_decode_response_unicode(chunks, self)
        return chunks

    def iter_lines(self, chunk_size=ITER_CHUNK_SIZE, decode_unicode=False, delimiter=None):
        pending = None
        for chunk in self.iter_content(chunk_size=chunk_size, decode_unicode=decode_unicode):
            if pending is not None:
                chunk = pending + chunk
            if delimiter:
                lines = chunk.split(delimiter)
            else:
                lines = chunk.splitlines()
            if lines and lines[-1] and chunk and lines[-1][-1] == chunk[-1]:
                pending = lines.pop()
            else:
                pending = None
            yield from lines
        if pending is not None:
            yield pending

    @property
    def content(self):
        return self._content

    @property
    def text(self):
        content = None
        encoding = self.encoding
        if not self.content:
            return ""
        if self.encoding is None:
            encoding = self.apparent_encoding
        try:
            content = _decode(self.content, encoding)
        except (LookupError, TypeError):
            content = str(self.content, errors="replace")
        return content

    def json(self, **kwargs):
        if not self.encoding and self.content and len(self.content) > 3:
            encoding = guess_json_utf(self.content)
            if encoding is not None:
                try:
                    return complexjson.loads(self.content.decode(encoding), **kwargs)
                except UnicodeDecodeError:
                    pass
                except LookupError:
                    pass
                except complexjson.JSONDecodeError as e:
                    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)
        try:
            return complexjson.loads(self.text, **kwargs)
        except complexjson.JSONDecodeError as e:
            raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)

    @property
    def links(self):
        header = self.headers.get("link")
        resolved_links = {}
        if header:
            links = parse_header_links(header)
            for link in links:
                key = link.get("rel") or link.get("url")
                resolved_links[key] = link
        return resolved_links

    def raise_for_status(self):
        http_error_msg = ""
        if isinstance(self.reason, bytes):
            try:
                reason = self.reason.decode("utf-8")
            except UnicodeDecodeError:
                reason = self.reason.decode("iso-8859-1")
        else:
            reason = self.reason
        if 400 <= self.status_code < 500:
            http_error_msg = f"{self.status_code} Client Error: {reason} for url: {self.url}"
        elif 500 <= self.status_code < 600:
            http_error_msg = f"{self.status_code} Server Error: {reason} for url: {self.url}"
        if http_error_msg:
            raise HTTPError(http_error_msg, response=self)

    def close(self):
        pass
