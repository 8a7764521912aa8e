# hash() for ints, floats, tuples, frozensets and user objects; equal numbers hash equally.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**30) == hash(10**30))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(1.5), hash(0.5), hash(-2.5), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
print(hash(3 + 0j) == hash(3), hash(1j) == hash(1j))


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return self.k % 10

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


print(hash(Key(13)), hash(Key(3)) == hash(Key(13)), len({Key(3), Key(13), Key(3)}))


class BigHash:
    def __hash__(self):
        return 2**100


print(hash(BigHash()) == hash(2**100))
for bad in [[1], {"a": 1}, {1}, ([1],), bytearray(b"x")]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as exc:
    print("TypeError:", exc)
