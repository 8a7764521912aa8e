# An INI-style config parser using MULTILINE anchors, comments, continuation
# lines and typed values; reports errors with line numbers.
import re

CONFIG = """
; global settings
[server]
host = example.org
port=8080
debug = yes   # trailing comment

[paths]
root = /var/www
logs = /var/log/app
   /var/log/extra
[empty]
[database]
url = postgres://user:pw@localhost:5432/db
timeout = 2.5
bad line here
"""

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$", re.M)
print(SECTION.findall(CONFIG))
KEYVAL = re.compile(r"^(?P<key>\w+)\s*=\s*(?P<value>.*?)\s*(?:[#;].*)?$")

def typed(v):
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    if re.fullmatch(r"-?\d+\.\d*", v):
        return float(v)
    if re.fullmatch(r"(?i)yes|no|true|false", v):
        return v.lower() in ("yes", "true")
    return v

config, section, last = {}, None, None
for lineno, line in enumerate(CONFIG.splitlines(), 1):
    if re.match(r"\s*(?:[;#]|$)", line):
        continue
    if m := SECTION.match(line):
        section = config.setdefault(m["name"], {})
        continue
    if (m := re.match(r"\s+(\S.*)", line)) and last:
        section[last] += "\n" + m.group(1)
        continue
    if m := KEYVAL.match(line):
        last = m["key"]
        section[last] = typed(m["value"])
        continue
    print(f"line {lineno}: cannot parse {line!r}")

for name, values in config.items():
    print(name, values)
url = re.match(r"(?P<scheme>\w+)://(?:(?P<user>[^:@]+)(?::(?P<pw>[^@]*))?@)?(?P<host>[^:/]+)(?::(?P<port>\d+))?(?P<path>/.*)?",
               config["database"]["url"])
print(url.groupdict())
print(re.findall(r"^\w+(?= =)", CONFIG, re.M))
