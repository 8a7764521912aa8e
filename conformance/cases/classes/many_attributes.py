# Objects and classes with many attributes: set, overwrite, delete and
# re-add keep CPython's order and lookups through every size.
class Settings:
    pass


s = Settings()
names = [f"opt_{i}" for i in range(40)]
for i, name in enumerate(names):
    setattr(s, name, i)
for name in names[::3]:
    delattr(s, name)
for name in names[::5]:
    setattr(s, name, -1)
print(list(vars(s))[:12])
print(len(vars(s)), s.opt_1, s.opt_5, getattr(s, "opt_3", "gone"))
print(sum(v for v in vars(s).values() if v > 0))


class Palette:
    red = 1
    green = 2
    blue = 3


for i in range(30):
    setattr(Palette, f"shade_{i}", i * i)
del Palette.green
Palette.green = 20
print([k for k in vars(Palette) if not k.startswith("__")][:8])
print(Palette.shade_29, Palette.green, hasattr(Palette, "shade_30"))


class Big:
    def __init__(self):
        for i in range(25):
            setattr(self, "f%d" % i, str(i))

    def total(self):
        return "".join(getattr(self, "f%d" % i) for i in range(0, 24, 6))


objs = [Big() for _ in range(3)]
objs[1].f3 = "x"
del objs[2].f24
print([o.total() for o in objs], objs[1].f3, hasattr(objs[2], "f24"))
try:
    objs[2].f24
except AttributeError as e:
    print("AttributeError:", e)
