# Parsing structured text with split/rsplit (maxsplit), splitlines, partition and rpartition.
config = """# server config
host = example.com
port=8080

path = /var/www = old
debug
timeout = 30 # seconds
"""
settings = {}
for lineno, line in enumerate(config.splitlines(), 1):
    line = line.partition("#")[0].strip()
    if not line:
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print(f"line {lineno}: no '=' in {line!r}")
        continue
    settings[key.strip()] = value.strip()
print(settings)
print("a,b,,c".split(","), "a b  c ".split(), "a b  c ".split(" "), "".split(), "".split(","))
print("1 2 3 4 5".split(maxsplit=2), "1 2 3 4 5".rsplit(maxsplit=2), "a.b.c.d".rsplit(".", 1))
path = "/usr/local/lib/python3.11/site.py"
directory, _, filename = path.rpartition("/")
stem, dot, ext = filename.rpartition(".")
print(directory, filename, stem, ext)
print("no-dot".rpartition("."), "no-dot".partition("."))
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("one\n".splitlines(), "one\n".split("\n"), "\n".splitlines(), "a\x0bb\x1cc".splitlines())
email = "first.last@mail.example.org"
user, _, domain = email.partition("@")
print(user.split("."), domain.split(".", 1), domain.rsplit(".", 1)[-1])
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    key, value = "novalue".split("=")
except ValueError as exc:
    print("ValueError:", exc)
