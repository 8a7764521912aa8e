# __getattribute__ intercepts every lookup: access logging, computed attributes, and super() delegation.
class Audited:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.log = []

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "log":
            object.__getattribute__(self, "log").append(name)
        return super().__getattribute__(name)

    def summary(self):
        return f"{self.owner}: {self.balance}"


a = Audited("kim", 100)
print(a.owner, a.balance, a.summary())
print(a.log)


class Virtual:
    def __init__(self):
        self.real = "stored"

    def __getattribute__(self, name):
        if name == "virtual":
            return "computed on access"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


v = Virtual()
print(v.real, v.virtual, v.anything_else)


class Strict:
    def __init__(self):
        self.allowed = 1

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if value is None:
            raise AttributeError(f"{name} is unset")
        return value


st = Strict()
st.empty = None
print(st.allowed, hasattr(st, "empty"))
try:
    print(st.empty)
except AttributeError as exc:
    print("AttributeError:", exc)
