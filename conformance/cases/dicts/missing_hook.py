# dict subclasses with __missing__: auto-vivifying trees, defaults and a counting dict.
class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child


t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
t["z"]
print(t, len(t), "q" in t, t.get("q"))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def most(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(c.most(3), c["dog"], "dog" in c)


class Defaulting(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self.factory(key)
        self[key] = value
        return value


squares = Defaulting(lambda k: k * k, {0: "zero"})
print(squares[0], squares[4], squares[12], squares)
print(squares.get(5), 5 in squares)


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"unknown setting {key!r}; known: {sorted(self)}")


settings = Strict(mode="fast", level=3)
print(settings["mode"])
settings["colour"]
