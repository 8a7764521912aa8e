# The descriptor protocol: __set_name__, data vs non-data precedence, __delete__, class access and __getattribute__.
class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name, self.private = owner.__name__, name, "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        print(f"set {self.owner}.{self.name} = {value!r}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"delete {self.name}")
        delattr(obj, self.private)


class Cached:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Item:
    price = Field()
    qty = Field()

    def __init__(self, price, qty):
        self.price, self.qty = price, qty

    @Cached
    def total(self):
        print("computing total")
        return self.price * self.qty


it = Item(2.5, 4)
print(it.total, it.total, sorted(vars(it)), Item.price.name, type(Item.__dict__["total"]).__name__)
it.__dict__["price"] = "shadow"
print(it.price, it.__dict__["price"])
del it.qty
print(it.qty, hasattr(it, "_qty"))


class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)


a = Audited()
a.x = 1
print(a.x, getattr(a, "y", "default"))
del a.x
print(a.log)
print(Item.qty.__get__(None, Item) is Item.qty, Item.__dict__["qty"].__set_name__.__name__)
f = lambda self: self.price
bound = f.__get__(it, Item)
print(bound(), bound.__self__ is it, type(bound).__name__)
a.x
