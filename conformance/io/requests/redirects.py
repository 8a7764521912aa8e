# Redirects: relative and absolute chains, history, 301/302/303/307/308 method rules, limits.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]


def short(url):
    return url.replace(BASE, "BASE")


r = requests.get(f"{BASE}/redirect/3")
print(r.status_code, short(r.url), [h.status_code for h in r.history])
print([short(h.url) for h in r.history], [h.headers["Location"] for h in r.history])
print([len(h.history) for h in r.history], r.history[0].is_redirect, r.is_redirect)

r = requests.get(f"{BASE}/absolute-redirect/2")
print(short(r.url), [short(h.headers["Location"]) for h in r.history])

r = requests.get(f"{BASE}/redirect/2", allow_redirects=False)
print(r.status_code, r.is_redirect, r.is_permanent_redirect, r.headers["Location"], r.history)

for status in (301, 302, 303, 307, 308):
    r = requests.post(f"{BASE}/redirect-to", params={"url": "/echo", "status_code": status},
                      data={"k": "v"})
    echo = r.json()
    print(status, echo["method"], repr(echo["body"]), echo["headers"].get("content-type"),
          r.request.method, r.history[0].status_code)

r = requests.put(f"{BASE}/redirect-to?url=/echo&status_code=301", json={"a": 1})
print(r.json()["method"], r.json()["json"])
r = requests.head(f"{BASE}/redirect-to?url=/echo&status_code=302", allow_redirects=True)
print(r.status_code, r.request.method, r.content)
r = requests.get(f"{BASE}/redirect-to?url=/echo%3Fq%3D1&status_code=302")
print(short(r.url), r.json()["query"])

try:
    requests.get(f"{BASE}/redirect-loop")
except requests.TooManyRedirects as e:
    print(type(e).__name__, e, len(e.response.history), e.response.status_code)

with requests.Session() as s:
    s.max_redirects = 4
    try:
        s.get(f"{BASE}/redirect/10")
    except requests.exceptions.TooManyRedirects as e:
        print(e, short(e.response.url))
    print(s.get(f"{BASE}/redirect/4").status_code)
