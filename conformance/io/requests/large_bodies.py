# Large bodies: several megabytes of binary and JSON arrive whole and intact.
import hashlib
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

r = requests.get(f"{BASE}/bytes/3000000", timeout=10)
print(r.status_code, len(r.content), r.headers["Content-Length"], r.content[:6])
print(hashlib.sha256(r.content).hexdigest())
print(r.content.count(b"\x00"), r.content[-3:])

r = requests.get(f"{BASE}/large-json", params={"items": 40000}, timeout=10)
rows = r.json()
print(len(r.content) > 2_000_000, len(rows), rows[0], rows[-1])
print(sum(row["score"] for row in rows), {tag for row in rows[:10] for tag in row["tags"]})

payload = {"rows": [{"id": i, "text": "x" * 50} for i in range(20000)]}
r = requests.post(f"{BASE}/echo", json=payload, timeout=10)
echo = r.json()
print(int(echo["headers"]["content-length"]), len(echo["json"]["rows"]), echo["json"]["rows"][-1]["id"])
