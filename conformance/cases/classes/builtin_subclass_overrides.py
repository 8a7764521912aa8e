# Overriding dunders of builtin subclasses and calling the builtin versions: super().__setitem__, dict.__getitem__.
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return dict.__getitem__(self, key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def __missing__(self, key):
        return f"<no {key}>"


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __len__(self):
        return super().__len__() * 10

    def __add__(self, other):
        return Caseless(str.__add__(self, other) + "!")


class Countdown(list):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))

    def __bool__(self):
        return len(self) > 1

    def __getitem__(self, index):
        value = super().__getitem__(index)
        return value * 100 if isinstance(index, int) else value


d = LowerDict()
d["Name"] = "ann"
d["AGE"] = 31
print(d, d["NAME"], "name" in d, "Age" in d, d["zip"], len(d), list(d.items()))
a = Caseless("Hello")
print(a == "hello", a != "HELLO", "HELLO" == a, len(a), a + "x", type(a + "x").__name__)
print({a: 1}.get(Caseless("HELLO")), {"hello": 2}.get(a), a in ["HELLO"], a.upper(), str.__len__(a))
c = Countdown([3, 1, 2])
print(list(c), [x for x in c], c[0], c[1:], bool(c), bool(Countdown([5])), sorted(c), max(c))
print(str.__add__("a", "b"), list.__len__([1, 2]), dict.__getitem__({"k": 1}, "k"), int.__add__(2, 3), 7 .__mul__(6))
d["missing"]
print(dict.__getitem__(d, "nope"))
