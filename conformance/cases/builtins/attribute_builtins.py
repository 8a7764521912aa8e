# getattr, setattr, hasattr, delattr, callable and isinstance together in a simple serializer.
class Config:
    version = 2

    def __init__(self):
        self.name = "app"
        self.port = 8080
        self.debug = False

    def reload(self):
        return "reloaded"


def serialize(obj, fields):
    out = {}
    for f in fields:
        if not hasattr(obj, f):
            out[f] = "<missing>"
            continue
        value = getattr(obj, f)
        out[f] = f"<method {f}>" if callable(value) else value
    return out


c = Config()
print(serialize(c, ["name", "port", "version", "reload", "timeout"]))
for field, value in {"port": 9000, "timeout": 30, "debug": True}.items():
    setattr(c, field, value)
print(serialize(c, ["port", "timeout", "debug"]))
delattr(c, "timeout")
print(hasattr(c, "timeout"), getattr(c, "timeout", 10), getattr(Config, "version"))
print(getattr(c, "reload")(), callable(getattr(c, "reload")), callable(c), callable(Config))
setattr(Config, "version", 3)
print(c.version, Config.version, hasattr(Config, "name"), hasattr(c, "name"))
print(isinstance(c.port, int), isinstance(c.debug, (int, str)), getattr(5, "real"), getattr("s", "upper")())
for bad in [lambda: getattr(c, 5), lambda: setattr(c, None, 1), lambda: delattr(c, "nothing")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    getattr(c, "missing")
except AttributeError as exc:
    print("AttributeError:", exc)
