# The old sequence protocol: __getitem__ alone makes objects iterable, reversible by len, and searchable.
class Alphabet:
    def __init__(self, letters):
        self.letters = letters

    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        return self.letters[i]

    def __len__(self):
        return len(self.letters)


abc = Alphabet("abc")
print(list(abc))
print("b" in abc)
print(list(reversed(abc)))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), sum(Squares()), 9 in Squares(), 10 in Squares())
print(sorted(Squares(), reverse=True), dict(enumerate(Squares())), list(zip("xyz", Squares())))
it = iter(Squares())
print(next(it), next(it), type(it).__name__)


class Infinite:
    def __getitem__(self, i):
        return i * 10


for v in Infinite():
    if v > 30:
        break
    print("infinite", v)


class KeyErrorStops:
    def __getitem__(self, i):
        return {0: "a", 1: "b"}[i]


try:
    print(list(KeyErrorStops()))
except KeyError as exc:
    print("KeyError:", exc)
