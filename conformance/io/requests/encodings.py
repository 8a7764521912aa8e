# How response text is decoded: a charset in Content-Type, text/* without one, JSON without one.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

for kind in ("latin1", "text-no-charset", "utf8", "json-unicode"):
    r = requests.get(f"{BASE}/encoding/{kind}")
    print(kind, r.headers["Content-Type"], r.encoding, len(r.content))
    print(" ", repr(r.text))

r = requests.get(f"{BASE}/encoding/json-unicode")
print(r.json(), r.json()["emoji"] == "\U0001f600")

r = requests.get(f"{BASE}/encoding/utf8")
r.encoding = "ISO-8859-1"
print(repr(r.text))
r.encoding = "utf-8"
print(repr(r.text), r.content[:5])

r = requests.get(f"{BASE}/html")
print(r.encoding, r.text.strip(), r.headers["content-type"])
try:
    r.json()
except requests.exceptions.JSONDecodeError as e:
    print(type(e).__name__, e, e.pos, e.lineno, e.colno)
    print(isinstance(e, ValueError), isinstance(e, requests.RequestException))
    print(e.doc[:6])

r = requests.get(f"{BASE}/bytes/8")
print(r.encoding, r.headers["Content-Type"], r.content, list(r.content))
