# Request/PreparedRequest: URL building with params, encodings, bodies; sending prepared requests.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]


def short(url):
    return url.replace(BASE, "BASE")


cases = [
    ("/echo", {"q": "a b", "n": 5}),
    ("/echo?existing=1", {"more": ["x", "y"], "none": None}),
    ("/echo", [("k", "v1"), ("k", "v2")]),
    ("/echo", "raw=1&other=2"),
    ("/echo", {"unicode": "café ☕", "sym": "&=?/"}),
    ("/path with spaces/ü", None),
    ("/echo#frag", {"a": 1}),
    ("/a/./b/../echo", {}),
    ("/echo?pct=%41%2F%zz", None),
]
for path, params in cases:
    p = requests.Request("GET", BASE + path, params=params).prepare()
    print(short(p.url), p.path_url)

req = requests.Request("post", f"{BASE}/echo", data={"a": "1"}, headers={"X-Test": "yes"})
print(req, req.method)
prepared = req.prepare()
print(prepared, prepared.method, dict(prepared.headers), prepared.body)
with requests.Session() as s:
    r = s.send(prepared)
    print(r.json()["method"], r.json()["form"], r.json()["headers"]["x-test"])
    prepared = s.prepare_request(requests.Request("PATCH", f"{BASE}/echo", json=[1, 2]))
    print(dict(prepared.headers))
    print(s.send(prepared).json()["json"])

r = requests.request("GET", f"{BASE}/echo", params={"x": "1"})
print(r.json()["query"], r.request.url == r.url, r.request.path_url)
r = requests.get(f"{BASE}/echo?a=1&a=2&b=", params={"c": "3"})
print(r.json()["query"], r.json()["args"])
print(short(requests.Request("GET", f"{BASE.upper().replace('HTTP', 'http')}/Echo").prepare().url))
