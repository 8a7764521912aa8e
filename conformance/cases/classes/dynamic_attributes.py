# getattr/setattr/hasattr/delattr and vars() on instances: loading records from dicts.
class Record:
    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)

    def update(self, **changes):
        for key, value in changes.items():
            if not hasattr(self, key):
                raise AttributeError(f"unknown field {key!r}")
            setattr(self, key, value)

    def as_dict(self):
        return dict(vars(self))


r = Record(name="widget", price=9.5, qty=3)
print(r.name, getattr(r, "price"), getattr(r, "color", "n/a"), hasattr(r, "qty"), hasattr(r, "color"))
r.update(price=10.0)
print(r.as_dict())
setattr(r, "color", "red")
print(vars(r), r.__dict__ is vars(r))
delattr(r, "qty")
print(sorted(vars(r)), hasattr(r, "qty"))
r.__dict__["secret"] = 42
print(r.secret)
fields = ["name", "price", "color"]
print([getattr(r, f) for f in fields])
setattr(r, "with space", 1)
print(getattr(r, "with space"), sorted(vars(r)))
try:
    r.update(weight=5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "qty")
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(getattr(r, "qty"))
except AttributeError as exc:
    print("AttributeError:", exc)
