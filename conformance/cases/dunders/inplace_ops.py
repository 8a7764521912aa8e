# In-place operators: __iadd__ mutating and returning self, fallback to __add__, and += on attributes.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __repr__(self):
        return f"Bag({self.items})"

    def __add__(self, other):
        print("  __add__ builds a new bag")
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        print("  __iadd__ extends in place")
        self.items.extend(other.items if isinstance(other, Bag) else other)
        return self

    def __isub__(self, item):
        self.items.remove(item)
        return self

    def __imul__(self, n):
        self.items *= n
        return self


b = Bag([1])
alias = b
b += Bag([2, 3])
b += [4]
print(b, alias is b)
c = b + Bag([9])
print(c, c is b)
b -= 2
b *= 2
print(b)


class Score:
    def __init__(self, v):
        self.v = v

    def __add__(self, n):
        return Score(self.v + n)

    def __repr__(self):
        return f"Score({self.v})"


s = Score(10)
keep = s
s += 5
print(s, keep, s is keep)


class Player:
    def __init__(self):
        self.score = Score(0)
        self.tags = []


p = Player()
p.score += 3
p.tags += ["new"]
print(p.score, p.tags)


class BadReturn:
    def __iadd__(self, other):
        self.total = other


x = BadReturn()
x += 5
print(x)
try:
    s -= 1
except TypeError as exc:
    print("TypeError:", exc)
