# Constructor builtins as converters: int, float, str, bool, list, tuple, set, frozenset, dict, complex.
print(int("12"), int(12.9), int(-12.9), int(True), int("  0x1f ", 16), int("z", 36), int())
print(float("1.5"), float(3), float("-inf"), float(" 2e3 "), float())
print(str(12), str(1.0), str(None), str([1, "a"]), str(b"x"), str(), str(True))
print(bool(0), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool("False"), bool())
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("ab"), tuple({3: 4}), tuple())
print(sorted(set("hello")), set([3, 1, 3]), set(), frozenset([2, 1, 2]))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])), dict())
print(complex("3+4j"), complex(1, 2), complex(2.5), complex())
print(bytes("hé", "utf-8"), bytes([104, 105]), bytearray(b"ab"), bytes(2))
rows = [["1", "2.5", "yes"], ["7", "0.1", ""]]
typed = [(int(a), float(b), bool(c)) for a, b, c in rows]
print(typed)
print(list(map(int, "1 2 3".split())), tuple(map(float, ["1", "2"])), set(map(len, ["a", "bb", "cc"])))
for bad in [lambda: int("1.5"), lambda: float("1,5"), lambda: int([1]), lambda: dict([1, 2]), lambda: list(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    complex("1+2x")
except ValueError as exc:
    print("ValueError:", exc)
