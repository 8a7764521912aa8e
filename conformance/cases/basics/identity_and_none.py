# Identity versus equality, None checks and sentinel objects.
_MISSING = object()


def lookup(table, key, default=_MISSING):
    if key in table:
        return table[key]
    if default is _MISSING:
        return f"no {key}"
    return default


table = {"a": 1, "b": None}
print(lookup(table, "a"), lookup(table, "b"), lookup(table, "c"), lookup(table, "c", None))

a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
b.append(4)
print(a, c)

x = None
print(x is None, x is not None, x == None, type(x).__name__)
print(None is None, type(None)() is None)


def maybe_result(flag):
    if flag:
        return "done"


print(maybe_result(True), maybe_result(False))
print([v for v in [0, None, False, "", None] if v is not None])

t1 = (1, 2)
t2 = t1
print(t1 is t2, t1 == (1, 2))
print(True is True, (1 == 1) is True, bool(0) is False)

sentinel_seen = 0
for value in [3, _MISSING, 4, _MISSING]:
    if value is _MISSING:
        sentinel_seen += 1
print("sentinels:", sentinel_seen)
