# Parsing a binary-ish line protocol with bytes patterns: headers, chunked
# fields, non-ASCII bytes, and bytes templates.
import re

RAW = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Id: \xff\xfe42\r\nContent-Length: 13\r\n\r\nhello, world!"

head, _, body = RAW.partition(b"\r\n\r\n")
status = re.match(rb"HTTP/(\d)\.(\d) (\d{3}) (.*)", head)
print(status.groups(), status.span(3))
headers = dict(re.findall(rb"^([\w-]+):\s*(.*?)\r?$", head, re.M))
print(headers)
print(re.search(rb"charset=([\w-]+)", head).group(1).decode())
print(re.findall(rb"[\x80-\xff]+", RAW))
print(re.sub(rb"(\w+), (\w+)", rb"\2 \1", body))
print(re.split(rb"\r\n", head))
print(re.fullmatch(rb"\d+", headers[b"Content-Length"]) is not None)
print(re.compile(rb"(?i)content-(\w+)").findall(head))
print(re.match(rb"\w+", b"abc\xe9def"), re.match(r"\w+", "abc\xe9def"))
print(re.escape(b"a.b[c]"), re.compile(b"x+", re.I))
m = re.search(rb"X-Id: (?P<id>.+)", head)
print(m, m["id"], m.start("id"))
