# Subclassing list, dict and str to add behaviour while keeping builtin operations.
class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]

    def last(self, n=1):
        return self[-n:]


h = History(3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    h.append(cmd)
print(h, len(h), h.last(2), isinstance(h, list), h + ["x"], type(h + ["x"]).__name__)
print(sorted(h), h.index("pwd"), "exit" in h, h[::-1])


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value


cfg = AttrDict(host="localhost", port=80)
cfg.debug = True
print(cfg, cfg.host, cfg.port + 1, cfg["debug"], len(cfg), list(cfg.keys()))


class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other.lstrip("/"))

    @property
    def name(self):
        return self.rsplit("/", 1)[-1]


p = Path("/usr") / "local" / "bin/python3"
print(p, p.name, p.upper(), type(p).__name__, type(p.upper()).__name__, p.startswith("/usr"))
try:
    print(cfg.timeout)
except AttributeError as exc:
    print("AttributeError:", exc)
