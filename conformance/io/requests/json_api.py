# Calls a JSON API: GET a resource, inspect the response, handle a 404.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

r = requests.get(f"{BASE}/api/users/2")
print(r.status_code, r.reason, r.ok)
print(r.headers["content-type"], r.headers.get("Content-Length"))
print(r.encoding, r.url)
user = r.json()
print(sorted(user.items()))
print(user["name"].upper(), user["email"].split("@")[1])
print(repr(r), bool(r), r.history)

missing = requests.get(f"{BASE}/api/users/99")
print(missing.status_code, missing.reason, missing.ok, missing.json())
try:
    missing.raise_for_status()
except requests.HTTPError as e:
    print("HTTPError:", e)
    print(e.response.status_code, e.response is missing, e.request.method)

headers = dict(r.headers)
print(sorted(headers))
print(r.headers == {k.upper(): v for k, v in headers.items()})
print("content-type" in r.headers, "X-Missing" in r.headers)
