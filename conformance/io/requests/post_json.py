# A JSON CRUD API: create (201), validation errors, update with PUT/PATCH, delete (204).
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

created = requests.post(f"{BASE}/api/users", json={"name": "Hedy", "email": "hedy@example.com"})
print(created.status_code, created.reason, created.headers["Location"])
print(created.json())
print(created.request.headers["Content-Type"], created.request.body)

invalid = requests.post(f"{BASE}/api/users", json={"email": "x@example.com"})
print(invalid.status_code, invalid.reason, invalid.json()["detail"])
try:
    invalid.raise_for_status()
except requests.exceptions.HTTPError as e:
    print(e)

broken = requests.post(f"{BASE}/api/users", data="{not json", headers={"Content-Type": "application/json"})
print(broken.status_code, broken.json())

put = requests.put(f"{BASE}/api/users/3", json={"name": "Linus T.", "active": False})
print(put.status_code, put.json())
patch = requests.patch(f"{BASE}/api/users/3", json={"active": False})
print(patch.status_code, patch.json())

gone = requests.delete(f"{BASE}/api/users/3")
print(gone.status_code, gone.reason, repr(gone.text), gone.content, gone.ok)
print("Content-Length" in gone.headers, gone.headers.get("Content-Type"))

echo = requests.post(f"{BASE}/echo", json={"nested": {"list": [1, 2.5, None, True]}, "text": "ünï"})
print(echo.json()["json"], echo.json()["headers"]["content-length"])
print(echo.json()["body"])

try:
    requests.post(f"{BASE}/echo", json={"bad": float("nan")})
except requests.exceptions.InvalidJSONError as e:
    print(type(e).__name__, e)

both = requests.post(f"{BASE}/echo", data={"a": "1"}, json={"ignored": True})
print(both.json()["form"], both.json()["json"])
