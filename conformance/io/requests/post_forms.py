# Posts forms: dicts, lists of pairs, repeated keys, strings and bytes bodies; logs in with a form.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

r = requests.post(f"{BASE}/echo", data={"name": "Ada Lovelace", "lang": "en", "tags": ["a", "b"]})
echo = r.json()
print(echo["method"], echo["headers"]["content-type"], echo["headers"]["content-length"])
print(echo["body"])
print(echo["form"])

r = requests.post(f"{BASE}/echo", data=[("x", "1"), ("x", "2"), ("y", "é & ü")])
print(r.json()["body"], r.json()["form"])
print(r.request.headers["Content-Type"], r.request.body)

r = requests.post(f"{BASE}/echo", data="raw text body", headers={"Content-Type": "text/plain"})
print(r.json()["body"], r.json()["headers"]["content-type"], r.request.body)

r = requests.post(f"{BASE}/echo", data=b"\x00\x01binary")
print(repr(r.json()["body"]), "content-type" in r.json()["headers"])

r = requests.put(f"{BASE}/echo", data={"n": 1, "skip": None, "f": 2.5})
print(r.json()["method"], r.json()["body"])

r = requests.post(f"{BASE}/echo")
print(r.json()["headers"].get("content-length"), repr(r.json()["body"]))

bad = requests.post(f"{BASE}/api/login", data={"username": "ada", "password": "nope"})
print(bad.status_code, bad.json(), bad.cookies.get_dict())
with requests.Session() as s:
    ok = s.post(f"{BASE}/api/login", data={"username": "ada", "password": "hunter2"})
    print(ok.status_code, ok.json(), ok.cookies.get_dict(), s.cookies.get_dict())
    me = s.get(f"{BASE}/api/me")
    print(me.status_code, me.json())
anonymous = requests.get(f"{BASE}/api/me")
print(anonymous.status_code, anonymous.json())
