# Sessions: shared headers and params, per-request overrides, removing a header with None, auth.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

with requests.Session() as s:
    print(dict(s.headers))
    s.headers.update({"X-Client": "reporter/1.0", "Accept": "application/json"})
    s.params = {"api_version": "2"}
    r = s.get(f"{BASE}/echo", params={"q": "search term"})
    echo = r.json()
    print(echo["query"], r.url.replace(BASE, "BASE"))
    print({k: v for k, v in echo["headers"].items() if k != "host"})
    r = s.get(f"{BASE}/echo", headers={"X-Client": None, "X-Extra": "1"})
    print(sorted(r.json()["headers"]))
    print(dict(r.request.headers))
    r = s.get(f"{BASE}/echo", auth=("ada", "s3cret"))
    print(r.json()["headers"]["authorization"], r.request.headers["Authorization"])
    s.auth = ("grace", "hopper")
    print(s.get(f"{BASE}/echo").json()["headers"]["authorization"])
    print(s.get(f"{BASE}/echo", params=[("api_version", "3"), ("x", "y")]).json()["query"])

plain = requests.get(f"{BASE}/echo", headers={"user-agent": "custom-agent/0.1", "X-Num": "42"})
print(plain.json()["headers"]["user-agent"], plain.json()["headers"]["x-num"])
print(plain.request.headers)

try:
    requests.get(f"{BASE}/echo", headers={"X-Bad": "line\nbreak"})
except requests.exceptions.InvalidHeader as e:
    print(type(e).__name__, e)
try:
    requests.get(f"{BASE}/echo", headers={"X-Num": 5})
except requests.exceptions.InvalidHeader as e:
    print(type(e).__name__, e)

session = requests.session()
print(type(session).__name__, session.max_redirects, sorted(session.adapters))
session.close()
