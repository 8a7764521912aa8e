# A case-insensitive str subclass (overriding __eq__ and __hash__) used as dict keys, set
# members, in `in` tests, list searches and comparisons: CPython calls the overrides.
class CaselessStr(str):
    def __eq__(self, other):
        if isinstance(other, str):
            return self.casefold() == other.casefold()
        return NotImplemented

    def __hash__(self):
        return hash(self.casefold())


class Header(CaselessStr):
    def __repr__(self):
        return f"Header({str(self)!r})"


headers = {Header("Content-Type"): "text/html", Header("X-Request-Id"): "42"}
print(headers.get(Header("content-type")), Header("CONTENT-TYPE") in headers, "Content-Type" in headers)
headers[Header("content-type")] = "application/json"
print(len(headers), headers[Header("Content-Type")], list(headers.values()))

tags = {CaselessStr("Python"), CaselessStr("PYTHON"), CaselessStr("Rust")}
print(len(tags), sorted(str(t) for t in tags), CaselessStr("rust") in tags)

names = [CaselessStr("Ann"), CaselessStr("bob"), CaselessStr("ANN")]
print(names.count("ann"), names.index("BOB"), "BoB" in names, CaselessStr("ann") in ["x", "ANN"])
names.remove("ANN")
print(names, [n.upper() for n in names])

a, b = CaselessStr("Hello"), "HELLO"
print(a == b, b == a, a != b, b != a, a is b, str(a) == b, hash(a) == hash(CaselessStr("hello")))
print(a < "hi", a > "HELLO", sorted([CaselessStr("b"), "a", CaselessStr("C")]), max(names))
print({CaselessStr("k"): 1} == {"K": 1}, {"K": 1} == {CaselessStr("k"): 1}, [a] == ["hello"], (a,) == ("HeLLo",))
counts = {}
for word in "The the THE cat Cat".split():
    key = CaselessStr(word)
    counts[key] = counts.get(key, 0) + 1
print(counts)
print(headers[Header("Missing")])
