# Rich comparisons on a Version class: all six operators, reflected comparisons, sorting and max.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __repr__(self):
        return f"Version({self.text!r})"

    def _key(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return other.parts

    def __eq__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts == k

    def __lt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts < k

    def __le__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts <= k

    def __gt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts > k

    def __ge__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts >= k

    def __hash__(self):
        return hash(self.parts)


vs = [Version(v) for v in ["1.10.0", "1.2", "1.2.0", "0.9.9", "2.0", "1.2.10"]]
print(sorted(vs))
print(max(vs), min(vs), sorted(vs, reverse=True)[:2])
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == "1.2", "1.2" == a, "1.3" > a, a < "1.2.1", a == 1.2)
print(Version("3.0") in vs, Version("2.0") in vs, len(set(vs)))
print(sorted(vs, key=lambda v: (len(v.parts), v)))
try:
    print(a < 3)
except TypeError as exc:
    print("TypeError:", exc)
