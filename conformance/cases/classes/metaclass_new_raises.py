# A metaclass's __new__ runs as an ordinary call of the class statement:
# its result is the class, its exception propagates from the statement (and
# its traceback shows the metaclass frame), inside functions too.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        if "bad" in ns:
            raise ValueError(f"{name} may not define bad")
        cls = super().__new__(mcls, name, bases, ns)
        cls.created = kw.get("tag", "none")
        return cls


class A(metaclass=Meta, tag="x"):
    pass


print(A.created, type(A).__name__)

try:
    class B(metaclass=Meta):
        bad = 1
except ValueError as e:
    print("caught:", e)


def make(n):
    classes = []
    for i in range(n):
        class C(A):
            index = i
        classes.append(C)
    return classes


made = make(3)
print([c.index for c in made], [c.created for c in made], made[0] is not made[1])


def gen():
    class G(metaclass=Meta, tag="in generator"):
        pass
    yield G.created
    yield type(G).__name__


print(list(gen()))


class D(metaclass=Meta):
    bad = 2
