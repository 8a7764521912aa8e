"""Builtin str methods and getattr in a loop: replace, split, strip, startswith, lower, join, getattr."""


class Config:
    def __init__(self):
        self.host = "localhost"
        self.port = 8080
        self.debug = False


lines = ["  Key%d = Value-%d ; comment  " % (i, i * 7) for i in range(4000)]
out = []
for line in lines:
    body = line.strip().split(";")[0].strip()
    key, _, value = body.partition("=")
    key = key.strip().lower()
    value = value.strip().replace("-", "_").replace("Value", "v")
    if key.startswith("key1") or value.endswith("7"):
        out.append(key.upper() + ":" + value)
print(len(out), out[:3])

cfg = Config()
total = 0
names = ["host", "port", "debug", "missing"]
for i in range(20000):
    name = names[i % 4]
    v = getattr(cfg, name, None)
    if v is not None and hasattr(cfg, name):
        total += len(str(v))
print(total)

text = " ".join(lines)
for _ in range(30):
    text = text.replace("comment", "note").replace("note", "comment")
print(len(text), text.count("Key1"), text.find("Key3999"), text.upper()[:20])
words = text.split()
print(len(words), len(set(words)), "-".join(words[:5]), sum(1 for w in words if w.isdigit()))
