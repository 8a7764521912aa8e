# Parse web-server access logs with a verbose pattern and named groups,
# aggregate by status and path, and report malformed lines.
import re

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 0
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 404 512
garbage line without structure
172.16.0.2 - bob [10/Oct/2023:14:01:45 +0000] "GET /index.html HTTP/2.0" 200 2326
10.0.0.5 - alice [10/Oct/2023:14:02:00 +0000] "DELETE /api/items/42 HTTP/1.1" 500 87
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) \s [+-]\d{4}\] \s+
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/(?P<ver>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+)
""", re.VERBOSE)

by_status = {}
bytes_by_ip = {}
bad = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    bytes_by_ip[d["ip"]] = bytes_by_ip.get(d["ip"], 0) + int(d["size"])
    user = None if m["user"] == "-" else m["user"]
    print(f"{m.start('path'):3} {d['method']:6} {d['path']:<20} {m.group('status')} user={user}")

print(sorted(by_status.items()))
print(dict(sorted(bytes_by_ip.items())))
print("malformed lines:", bad)
print(LINE.groups, sorted(LINE.groupindex))
m = LINE.search(LOG)
print(m.span(), m.lastgroup, m.lastindex, m.re is LINE)
print(re.findall(r'"([A-Z]+) (/[^ ]*)', LOG))
