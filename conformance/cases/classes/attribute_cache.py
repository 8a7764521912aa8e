# Reads and writes of instance attributes after the classes along the MRO change: a
# write to one class attribute must not hide a change of another, and the names that
# decide hooks and descriptors (`__setattr__`, `__getattr__`, `__set__`, `__delete__`)
# change how every other name is read or written.


class Base:
    colour = "red"

    def size(self):
        return 1


class Child(Base):
    pass


c = Child()
print(c.colour, c.size())
Base.colour = "blue"  # one name changes...
print(c.colour, c.size())
Child.size = lambda self: 2  # ...then another, on the subclass
print(c.colour, c.size())
Base.weight = 10  # a new name, first read after the write
print(c.weight)
del Child.size
print(c.size())
del Base.colour
print(hasattr(c, "colour"), getattr(c, "colour", "gone"))


class Plain:
    """Its class attribute becomes a data descriptor when `__set__` is added to its class."""

    def __get__(self, obj, owner):
        return "from descriptor"


class Holder:
    attr = Plain()


h = Holder()
print(h.attr)
h.attr = "own value"  # a non-data descriptor: the instance value wins
print(h.attr)
Plain.__set__ = lambda self, obj, value: print("set through descriptor:", value)
print(h.attr)  # now a data descriptor: it wins over the instance value
h.attr = "again"
print(h.__dict__)
del Plain.__set__
print(h.attr)
Plain.__delete__ = lambda self, obj: print("delete through descriptor")
del h.attr
print(h.attr)


class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
p.y = 2
print(p.x, p.y)


def logged_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Point.__setattr__ = logged_setattr
p.y = 3
q = Point(4)
print(p.y, q.x)
del Point.__setattr__
p.y = 5
print(p.y)
Point.__getattr__ = lambda self, name: f"missing {name}"
print(p.z, q.zz)
Point.other = "class attribute"
print(p.other, p.z)
del Point.__getattr__
print(getattr(p, "z", "no hook"))


class Meta(type):
    pass


class Tagged(metaclass=Meta):
    tag = "a"


t = Tagged()
print(t.tag)
Meta.tag = "meta"  # the metaclass's namespace is not on the instance's MRO
print(t.tag, Tagged.tag)
Tagged.tag = "b"
print(t.tag, Tagged.tag)
setattr(Tagged, "tag", "c")
print(t.tag)
