# __index__ lets an object stand for an int: subscripts and slices, range(), bin/hex/oct,
# sequence repetition, bytes(n), %-formatting, operator.index and int arguments of builtins.
import operator


class Offset:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value

    def __repr__(self):
        return f"Offset({self.value})"


class Page:
    size = Offset(3)

    def __init__(self, number):
        self.number = number

    def __index__(self):
        return self.number * 3


rows = [f"row{i}" for i in range(10)]
start, stop = Offset(2), Offset(8)
print(rows[start], rows[-Offset(1).value], rows[start:stop], rows[start:stop:Offset(2)], rows[Page(2):])
print("abcdefgh"[Offset(1)], "abcdefgh"[::Offset(3)], (10, 20, 30)[Offset(2)], b"bytes"[Offset(0)], range(100)[Offset(42)])
print(list(range(Offset(4))), list(range(Offset(1), Offset(10), Page(1))), bin(Offset(10)), hex(Page(5)), oct(Offset(8)))
print("ab" * Offset(3), [0] * Offset(2), Offset(2) * (1,), bytes(Offset(3)), bytearray(Offset(2)))
print("%x|%o|%d|%c|%.1f" % (Offset(255), Offset(8), Offset(7), Offset(65), Offset(2)))
print(operator.index(Offset(5)), operator.index(True), int(Offset(12)), float(Offset(3)), complex(Offset(1)))
print(chr(Offset(97)), round(3.14159, Offset(2)), "x".center(Offset(5), "*"), [1, 2, 3, 4].pop(Offset(0)))
print("abc".ljust(Offset(6)) + "|", list(enumerate("ab", Offset(10))), "a-b-c".split("-", Offset(1)))
data = list(range(8))
data[Offset(0)] = "first"
data[Offset(5):Offset(8)] = ["x"]
del data[Offset(1)]
print(data, len(data), data.index("x"), divmod(17, 5))


class Bad:
    def __index__(self):
        return "seven"


for attempt in [lambda: rows[Bad()], lambda: rows[1.5], lambda: operator.index(2.0), lambda: range(Bad()),
                lambda: hex(3.0), lambda: "ab" * 2.0, lambda: int(Bad())]:
    try:
        print(attempt())
    except TypeError as exc:
        print("TypeError:", exc)
print(rows[Offset(99)])
