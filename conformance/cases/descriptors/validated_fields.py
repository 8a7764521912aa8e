# Reusable validating descriptors with __set_name__, __get__ and __set__ on an order model.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.storage, value)

    def validate(self, value):
        pass


class Positive(Field):
    def validate(self, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value!r}")


class OneOf(Field):
    def __init__(self, *options):
        self.options = options

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.name} must be one of {self.options}, got {value!r}")


class MaxLen(Field):
    def __init__(self, n):
        self.n = n

    def validate(self, value):
        if len(value) > self.n:
            raise ValueError(f"{self.name} longer than {self.n}: {value!r}")


class Order:
    qty = Positive()
    price = Positive()
    status = OneOf("new", "paid", "shipped")
    note = MaxLen(10)

    def __init__(self, qty, price, status="new", note=""):
        self.qty, self.price, self.status, self.note = qty, price, status, note

    def total(self):
        return self.qty * self.price


o = Order(3, 2.5)
print(o.total(), o.status, vars(o))
o.status = "paid"
print(o.status, Order.qty.name, Order.status.options, type(Order.__dict__["note"]).__name__)
for attr, value in [("qty", 0), ("status", "lost"), ("note", "x" * 11), ("price", "9")]:
    try:
        setattr(o, attr, value)
    except ValueError as e:
        print("ValueError:", e)
print(o.total())
Order(1, 1, status="refunded")
