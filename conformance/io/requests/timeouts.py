# Timeouts: a slow endpoint, a body that stalls, a tuple timeout, and the exception hierarchy.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

r = requests.get(f"{BASE}/delay/0.2", timeout=3)
print(r.status_code, r.json())

try:
    requests.get(f"{BASE}/delay/2", timeout=0.3)
except requests.exceptions.ReadTimeout as e:
    print("ReadTimeout:", e)
    print(isinstance(e, requests.Timeout), isinstance(e, requests.ConnectionError),
          isinstance(e, requests.RequestException), isinstance(e, OSError))

try:
    requests.get(f"{BASE}/delay/2", timeout=(2, 0.25))
except requests.Timeout as e:
    print(type(e).__name__, e)

try:
    requests.get(f"{BASE}/slow-body?chunks=2&delay=1", timeout=0.4)
except requests.ConnectionError as e:
    print("stalled body:", type(e).__name__, e)

r = requests.get(f"{BASE}/slow-body?chunks=3&delay=0.2", timeout=1)
print(r.status_code, r.text.split())

for bad in ((1, 2, 3), "5", -1):
    try:
        requests.get(f"{BASE}/echo", timeout=bad)
    except ValueError as e:
        print(type(e).__name__, e)

print(issubclass(requests.exceptions.ConnectTimeout, requests.exceptions.ConnectionError),
      issubclass(requests.exceptions.ConnectTimeout, requests.exceptions.Timeout),
      issubclass(requests.exceptions.ReadTimeout, requests.exceptions.ConnectionError))


def get_with_retry(url, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            return attempt, requests.get(url, timeout=0.3).json()
        except requests.Timeout:
            url = f"{BASE}/delay/0.05"
    return attempts, None


print(get_with_retry(f"{BASE}/delay/1"))
