# A sparse vector container: __getitem__ with ints and slices, __setitem__, __delitem__, __contains__, __len__.
class SparseVector:
    def __init__(self, size):
        self.size = size
        self.data = {}

    def _check(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return i

    def __len__(self):
        return self.size

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.size))]
        return self.data.get(self._check(key), 0)

    def __setitem__(self, key, value):
        i = self._check(key)
        if value == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = value

    def __delitem__(self, key):
        del self.data[self._check(key)]

    def __contains__(self, value):
        print(f"  __contains__({value})")
        return value in self.data.values() or (value == 0 and len(self.data) < self.size)

    def __repr__(self):
        return f"SparseVector({self.size}, {dict(sorted(self.data.items()))})"


v = SparseVector(10)
v[2] = 5
v[-1] = 7
v[4] = 3
v[4] = 0
print(v, len(v), v[2], v[3], v[-1])
print(v[:4], v[::3], v[8:], v[::-4])
print(7 in v, 4 in v, 0 in v)
del v[2]
print(v, list(v)[:3])
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), v[s])
try:
    v[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del v[5]
except KeyError as exc:
    print("KeyError:", exc)
