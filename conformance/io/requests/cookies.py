# Cookies: set by a redirect, kept by a Session, sent with cookies=, read from responses.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

r = requests.get(f"{BASE}/cookies/set?theme=dark&lang=fr")
print(r.json(), r.history[0].status_code, r.cookies.get_dict())
print(r.history[0].cookies.get_dict(), sorted(r.history[0].cookies.keys()))
print(str(r.history[0].cookies))

r = requests.get(f"{BASE}/cookies", cookies={"a": "1", "b": "two"})
print(r.json())

with requests.Session() as s:
    s.get(f"{BASE}/cookies/set?session=abc123")
    print(s.cookies.get_dict(), "session" in s.cookies, s.cookies["session"])
    print(s.get(f"{BASE}/cookies").json())
    s.cookies.set("extra", "yes")
    print(s.get(f"{BASE}/cookies").json())
    print(s.get(f"{BASE}/cookies", cookies={"once": "1"}).json())
    print(sorted(s.cookies.keys()), len(s.cookies))
    del s.cookies["extra"]
    print(s.get(f"{BASE}/cookies").json())
    for cookie in s.cookies:
        print(cookie.name, cookie.value, cookie.domain, cookie.path)
    try:
        s.cookies["nope"]
    except KeyError as e:
        print("KeyError", e)
    print(s.cookies.get("nope", "default"), list(s.cookies.items()))

jar = requests.cookies.RequestsCookieJar()
jar.set("tasty", "yum", domain="127.0.0.1", path="/cookies")
jar.set("gross", "blech", domain="127.0.0.1", path="/elsewhere")
print(requests.get(f"{BASE}/cookies", cookies=jar).json())
print(jar.get_dict(), jar.list_paths())
