# HEAD, OPTIONS and DELETE, repeated response headers, elapsed, and response attributes.
import datetime
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

r = requests.head(f"{BASE}/api/users/1")
print(r.status_code, r.content, r.text, r.headers["Content-Length"], r.headers["Content-Type"])
r = requests.head(f"{BASE}/redirect/1")
print(r.status_code, r.history, r.headers["Location"])
r = requests.options(f"{BASE}/echo")
print(r.status_code, r.json()["method"])
r = requests.delete(f"{BASE}/echo?id=7")
print(r.json()["method"], r.json()["query"], r.json()["headers"]["content-length"])

r = requests.get(f"{BASE}/response-headers", params=[("X-Tag", "one"), ("X-Tag", "two"), ("X-Single", "s")])
print(r.headers["x-tag"], r.headers["X-Single"], r.json())
print([k for k in r.headers])

print(isinstance(r.elapsed, datetime.timedelta), r.elapsed.total_seconds() >= 0)
print(r.raw is None or True, r.next, r.is_redirect, r.links)
with requests.get(f"{BASE}/echo") as resp:
    print(resp.status_code, resp.json()["path"])
print([m for m in ("get", "post", "put", "patch", "delete", "head", "options", "request")
       if callable(getattr(requests, m))])
print(requests.__version__, requests.utils.default_user_agent())
