# Diamond inheritance: C3 linearization, __mro__, and cooperative super() calls through the diamond.
class Base:
    def __init__(self):
        print("  Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("  Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("  Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    def __init__(self):
        print("  Child.__init__")
        super().__init__()
        self.trail.append("Child")

    def hello(self):
        return "Child>" + super().hello()


c = Child()
print(c.trail)
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


class E(C, B):
    pass


class F(D):
    pass


print([k.__name__ for k in D.__mro__], [k.__name__ for k in E.__mro__], [k.__name__ for k in F.__mro__])
print(Child.__bases__, Left.__base__, issubclass(Child, (Right, int)))
