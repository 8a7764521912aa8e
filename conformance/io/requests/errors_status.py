# Error statuses: ok/raise_for_status, reasons (standard and custom), error bodies, codes.
import os
import requests
from requests import codes

BASE = os.environ["PYEX_HTTP_BASE"]

for status in (200, 201, 204, 301, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503):
    r = requests.get(f"{BASE}/status/{status}", allow_redirects=False)
    try:
        r.raise_for_status()
        outcome = "fine"
    except requests.HTTPError as e:
        outcome = str(e).replace(BASE, "BASE")
    print(status, r.status_code == status, r.reason, r.ok, outcome)

r = requests.get(f"{BASE}/status/503?reason=Down+For+Maintenance")
print(r.status_code, r.reason, r.json())
try:
    r.raise_for_status()
except requests.exceptions.RequestException as e:
    print(type(e).__name__, isinstance(e, IOError), e.response.reason)

r = requests.get(f"{BASE}/status/500?body=Internal+oops&content_type=text/plain")
print(r.status_code, r.text, r.headers["Content-Type"], r.encoding)

r = requests.get(f"{BASE}/no/such/route")
print(r.status_code == codes.not_found, r.status_code == codes.NOT_FOUND, r.json())
print(codes.ok, codes["teapot"], codes.get("missing"), codes.server_error)

def fetch(path):
    try:
        resp = requests.get(f"{BASE}{path}", timeout=5)
        resp.raise_for_status()
        return resp.json()
    except requests.exceptions.HTTPError as err:
        return {"error": err.response.status_code, "detail": err.response.json().get("detail")}

print(fetch("/api/users/1"))
print(fetch("/api/users/42"))
print(fetch("/api/secure"))
