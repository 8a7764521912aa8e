# Generators are single-use: a second pass sees nothing; re-create them or materialize to a list.
def squares(n):
    for i in range(n):
        yield i * i


gen = squares(4)
print(list(gen), list(gen), sum(gen))
data = list(squares(4))
print(data, data, sum(data))
gen = squares(5)
print(3 in gen, list(gen))
gen = squares(3)
print(max(gen), next(gen, "nothing left"))


class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return squares(self.n)


sq = Squares(4)
print(list(sq), list(sq), sum(sq))
pairs = zip(squares(3), squares(3))
print(list(pairs), list(pairs))
it = iter([1, 2, 3])
print(list(it), list(it))
gen = (c.upper() for c in "abc")
print("".join(gen), repr("".join(gen)))
g = squares(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as exc:
    print("StopIteration:", exc)
