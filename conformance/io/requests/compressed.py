# Compressed responses (Content-Encoding gzip/deflate) are decoded like urllib3 does; headers stay.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

for kind in ("gzip", "deflate", "raw-deflate", "identity"):
    r = requests.get(f"{BASE}/compressed/{kind}")
    body = r.json()
    print(kind, r.headers["Content-Encoding"], int(r.headers["Content-Length"]) < len(r.content) or kind == "identity",
          body["compressed"], sum(body["items"]))

try:
    requests.get(f"{BASE}/compressed/broken")
except requests.exceptions.ContentDecodingError as e:
    print(type(e).__name__, isinstance(e, requests.RequestException), str(e).split(",")[0])
