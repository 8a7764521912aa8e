"""requests.adapters: HTTPAdapter, the transport (pyex: the request pauses the run as an I/O
call, `_pyex_io.http`, which the host performs: grants checked, redirects followed and
checked hop by hop by the host's driver). `max_retries` is kept but not acted on."""

import datetime
from urllib.parse import urlsplit

import _pyex_io
from requests.cookies import RequestsCookieJar
from requests.exceptions import (
    ConnectionError, ConnectTimeout, ContentDecodingError, InvalidHeader, InvalidURL,
    ReadTimeout, TooManyRedirects,
)
from requests.models import PreparedRequest, Response
from requests.structures import CaseInsensitiveDict
from requests.utils import get_encoding_from_headers

DEFAULT_POOLBLOCK = False
DEFAULT_POOLSIZE = 10
DEFAULT_RETRIES = 0
DEFAULT_POOL_TIMEOUT = None
# The contract's default per-request timeout (requests itself waits forever).
DEFAULT_TIMEOUT = 30.0
# Stands for the address of urllib3's connection object in error messages.
_ADDRESS = "0x7f0000000000"


class BaseAdapter:
    """The Base Transport Adapter"""

    def __init__(self):
        super().__init__()

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError


class HTTPAdapter(BaseAdapter):
    """The built-in HTTP Adapter for urllib3 (pyex: for the host's HTTP driver)."""

    __attrs__ = ["max_retries", "config", "_pool_connections", "_pool_maxsize", "_pool_block"]

    def __init__(self, pool_connections=DEFAULT_POOLSIZE, pool_maxsize=DEFAULT_POOLSIZE,
                 max_retries=DEFAULT_RETRIES, pool_block=DEFAULT_POOLBLOCK):
        self.max_retries = max_retries
        self.config = {}
        self.proxy_manager = {}
        super().__init__()
        self._pool_connections = pool_connections
        self._pool_maxsize = pool_maxsize
        self._pool_block = pool_block

    def close(self):
        pass

    def request_url(self, request, proxies):
        return request.path_url

    def add_headers(self, request, **kwargs):
        pass

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None,
             allow_redirects=True, max_redirects=30):
        connect, read = _timeouts(timeout)
        headers = [(str(k), v if isinstance(v, str) else v.decode("latin-1"))
                   for k, v in request.headers.items()]
        body = request.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        reply = _pyex_io.http({
            "method": request.method,
            "url": request.url,
            "headers": headers,
            "body": body,
            "connect_timeout": connect,
            "read_timeout": read,
            "allow_redirects": bool(allow_redirects),
            "max_redirects": max_redirects,
        })
        if "error" in reply:
            _raise(reply, request, timeout, connect, read)
        return self.build_reply(request, reply)

    def build_response(self, req, resp):
        return resp

    def build_reply(self, request, reply):
        """The final Response of `reply`, its `history` the redirects that led to it."""
        history = [_response(hop, request) for hop in reply["history"]]
        for i, hop in enumerate(history):
            hop.history = history[1:i + 1]
        response = _response(reply, request)
        if reply["request"]["url"] != request.url or history:
            final = request.copy()
            final.method = reply["request"]["method"]
            final.url = reply["request"]["url"]
            final.headers = CaseInsensitiveDict(reply["request"]["headers"])
            if "content-length" not in final.headers:
                final.body = None
            response.request = final
        response.history = history
        return response


def _timeouts(timeout):
    if isinstance(timeout, tuple):
        try:
            connect, read = timeout
        except ValueError:
            raise ValueError(
                f"Invalid timeout {timeout}. Pass a (connect, read) timeout tuple, "
                f"or a single float to set both timeouts to the same value."
            )
    else:
        connect = read = timeout
    for name, value in (("connect", connect), ("read", read)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise ValueError(
                f"Timeout value {name} was {value}, but it must be an int, float or None."
            )
        if value is not None and value <= 0:
            raise ValueError(
                f"Attempted to set {name} timeout to {value}, but the timeout cannot be set "
                f"to a value less than or equal to 0."
            )
    return (DEFAULT_TIMEOUT if connect is None else float(connect),
            DEFAULT_TIMEOUT if read is None else float(read))


def _response(data, request):
    response = Response()
    response.status_code = data["status"]
    headers = CaseInsensitiveDict()
    for name, value in data["headers"]:
        if name in headers:
            # urllib3's HTTPHeaderDict: repeated fields joined, first name's case kept.
            headers[_cased(headers, name)] = headers[name] + ", " + value
        else:
            headers[name] = value
    response.headers = headers
    response.encoding = get_encoding_from_headers(headers)
    response.reason = data["reason"]
    response.url = data["url"]
    response._content = data["content"]
    response._content_consumed = True
    response.elapsed = datetime.timedelta(seconds=data["elapsed"])
    response.request = request
    jar = RequestsCookieJar()
    jar._extract(data["url"], data["headers"])
    response.cookies = jar
    return response


def _cased(headers, name):
    for key in headers:
        if key.lower() == name.lower():
            return key
    return name


def _origin(url):
    parts = urlsplit(url)
    https = parts.scheme.lower() == "https"
    try:
        port = parts.port
    except ValueError:
        port = None
    pool = "HTTPSConnectionPool" if https else "HTTPConnectionPool"
    connection = "HTTPSConnection" if https else "HTTPConnection"
    host = parts.hostname or ""
    return pool, connection, host, port or (443 if https else 80)


def _raise(reply, request, timeout, connect, read):
    kind = reply["error"]
    url = reply["url"]
    pool, connection, host, port = _origin(url)
    where = f"{pool}(host='{host}', port={port})"
    prefix = PreparedRequest()
    prefix.url = url
    path = prefix.path_url
    conn = f"<urllib3.connection.{connection} object at {_ADDRESS}>"
    shown_read = read if not isinstance(timeout, (int, float)) else timeout
    shown_connect = connect if not isinstance(timeout, (int, float)) else timeout
    if kind == "permission":
        raise PermissionError(reply["message"])
    if kind == "read_timeout":
        if reply.get("phase") == "body":
            raise ConnectionError(f"{where}: Read timed out.", request=request)
        raise ReadTimeout(f"{where}: Read timed out. (read timeout={shown_read})", request=request)
    if kind == "connect_timeout":
        raise ConnectTimeout(
            f"{where}: Max retries exceeded with url: {path} (Caused by ConnectTimeoutError("
            f"{conn}, 'Connection to {host} timed out. (connect timeout={shown_connect})'))",
            request=request,
        )
    if kind == "too_many_redirects":
        hops = [_response(hop, request) for hop in reply["history"]]
        last = hops[-1]
        last.history = hops[1:]
        raise TooManyRedirects(reply["message"], response=last)
    if kind == "invalid_url":
        raise InvalidURL(reply["message"], request=request)
    if kind == "content_decoding":
        raise ContentDecodingError(reply["message"], request=request)
    if kind == "invalid_header":
        raise InvalidHeader(reply["message"], request=request)
    reason = reply.get("reason")
    if reason == "refused":
        cause = (f"NewConnectionError('{conn}: Failed to establish a new connection: "
                 f"[Errno 111] Connection refused')")
    elif reason == "dns":
        cause = (f"NameResolutionError(\"{conn}: Failed to resolve '{host}' "
                 f"([Errno -2] Name or service not known)\")")
    else:
        raise ConnectionError(
            f"('Connection aborted.', RemoteDisconnected({reply['message']!r}))", request=request
        )
    raise ConnectionError(f"{where}: Max retries exceeded with url: {path} (Caused by {cause})",
                          request=request)
