# Chunked responses read with iter_lines / iter_content (whole bodies, sliced as requests does).
import json
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]

r = requests.get(f"{BASE}/stream/5", stream=True)
print(r.headers["Transfer-Encoding"], "Content-Length" in r.headers)
events = [json.loads(line) for line in r.iter_lines() if line]
print(events)

r = requests.get(f"{BASE}/lines")
print(list(r.iter_lines()))
print(list(r.iter_lines(chunk_size=4)))
print(list(r.iter_lines(decode_unicode=True)))
print(list(r.iter_lines(delimiter=b"\n")))
print([len(c) for c in r.iter_content(chunk_size=10)])
print(list(r.iter_content(chunk_size=16, decode_unicode=True)))
print(b"".join(r) == r.content, len(list(r)))

r = requests.get(f"{BASE}/encoding/utf8")
print(list(r.iter_content(chunk_size=4, decode_unicode=True)))
print(list(r.iter_content(chunk_size=5)))
try:
    list(r.iter_content(chunk_size="8"))
except TypeError as e:
    print(e)
