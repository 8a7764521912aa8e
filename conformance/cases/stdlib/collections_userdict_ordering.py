# Settings store built on UserDict/UserList/UserString with validation and change tracking.
from collections import UserDict, UserList, UserString


class Settings(UserDict):
    allowed = {"theme", "font_size", "autosave"}

    def __init__(self, *args, **kw):
        self.changes = []
        super().__init__(*args, **kw)

    def __setitem__(self, key, value):
        if key not in self.allowed:
            raise KeyError(f"unknown setting {key!r}")
        self.changes.append((key, value))
        super().__setitem__(key, value)


class History(UserList):
    def append(self, item):
        if len(self) >= 3:
            del self[0]
        super().append(item)


class Slug(UserString):
    def __init__(self, seq):
        super().__init__(str(seq).strip().lower().replace(" ", "-"))


s = Settings(theme="dark")
s["font_size"] = 12
s.update(autosave=True)
print(s, s.data, s.changes, len(s), "theme" in s, s.get("missing", "-"))
try:
    s["colour"] = "red"
except KeyError as e:
    print("KeyError", e)
print(dict(s), s.copy(), type(s.copy()).__name__, sorted(s.keys()), s | {"theme": "light"})
h = History()
for cmd in ["ls", "cd", "pwd", "cat", "vim"]:
    h.append(cmd)
print(h, h.data, h[0], h[-1], len(h), h + ["x"], type(h + ["x"]).__name__, sorted(h))
h.extend(["a"])
print(h, h.count("a"), h.index("pwd") if "pwd" in h else None)
t = Slug("  Hello Big World ")
print(t, repr(t), t.upper(), t + "!", len(t), t.split("-"), isinstance(t, str), t == "hello-big-world")
print(t[0:5], t.data, "big" in t, Slug("X").capitalize())
