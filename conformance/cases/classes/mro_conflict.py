# Building class hierarchies with mixins; an inconsistent base order cannot be linearized.
class Loggable:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"


class Serializable:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


class Model:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)


class User(Loggable, Serializable, Model):
    pass


class Admin(User):
    def to_dict(self):
        d = super().to_dict()
        d["admin"] = True
        return d


u = Admin(name="root", _secret="x")
print(u.to_dict(), u.log("created"))
print([c.__name__ for c in Admin.__mro__])


class X:
    pass


class Y(X):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)


class P(Loggable, Serializable):
    pass


class Q(Serializable, Loggable):
    pass


class R(P, Q):
    pass
