# Building list/dict/set subclasses from generators and other lazy iterables.

class Counter(dict):
    def total(self):
        return sum(self.values())


class Stack(list):
    def peek(self):
        return self[-1]


class Tags(set):
    pass


words = "the quick brown fox jumps over the lazy dog".split()
lengths = Counter((w, len(w)) for w in words)
print(sorted(lengths.items())[:4], lengths.total())

squares = Stack(n * n for n in range(6))
print(squares, squares.peek())

tags = Tags(w[0] for w in words)
print(sorted(tags), type(tags).__name__)

def pairs():
    for i, w in enumerate(words[:3]):
        yield w, i

print(Counter(pairs()))
print(Counter(zip("abc", map(ord, "abc"))))
print(Stack(map(str.upper, filter(None, ["a", "", "b"]))))
