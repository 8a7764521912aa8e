# Truth values, boolean operators returning operands, identity and membership.
values = [0, 1, -1, 0.0, "", "x", [], [0], {}, {"k": 1}, None, (), (None,), set()]
for v in values:
    print(repr(v), bool(v))

print(0 or "default")
print("value" or "default")
print(None and 1)
print(3 and 4)
print(not [], not [1])

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(2 in a, 3 not in a, "ell" in "hello")
print(None is None, type(None).__name__)
print(all([1, 2, 3]), all([]), any([0, 0]), any([0, 5]))
print(True + True, True * 10, isinstance(True, int))
