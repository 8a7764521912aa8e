# Bad URLs and unreachable hosts raise requests' exceptions with requests' messages.
# grant: http://127.0.0.1:1/
import os
import requests
from requests import exceptions as exc

BASE = os.environ["PYEX_HTTP_BASE"]

for url in ("example.com/path", "http://", "ftp://files.example.com/x", "localhost:8000/x",
            "http://.example.com/", "http://example.com:notaport/"):
    try:
        requests.get(url)
    except exc.RequestException as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, ValueError))

try:
    requests.get("http://127.0.0.1:1/unreachable?x=1", timeout=2)
except requests.ConnectionError as e:
    text = str(e)
    print(type(e).__name__, text.split(" (Caused by")[0])
    print("NewConnectionError" in text, text.endswith("[Errno 111] Connection refused'))"))

for name in ("RequestException", "ConnectionError", "HTTPError", "Timeout", "ConnectTimeout",
             "ReadTimeout", "TooManyRedirects", "MissingSchema", "InvalidSchema", "InvalidURL",
             "InvalidHeader", "ChunkedEncodingError", "ContentDecodingError", "JSONDecodeError",
             "InvalidJSONError", "SSLError", "ProxyError", "RetryError", "URLRequired"):
    cls = getattr(exc, name)
    print(name, [b.__name__ for b in cls.__mro__[1:]])

e = exc.HTTPError("boom", response=None)
print(e.response, e.request, e.args, str(e))
print(requests.ConnectionError is exc.ConnectionError, requests.ConnectionError is ConnectionError)
