# Comparing lists: equality, lexicographic ordering, membership by ==, and count/index.
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] == [3, 2, 1], [1, 2] != [1, 2.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, [2, 3]] < [1, [2, 4]])
print(["apple", "b"] < ["apple", "c"], [1, 2] <= [1, 2], [3] >= [2, 9])
versions = [[1, 10, 0], [1, 2, 3], [1, 2], [0, 99], [1, 2, 10]]
print(sorted(versions), max(versions), min(versions))


class Token:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        print(f"  compare {self.text} with {other!r}")
        return isinstance(other, str) and self.text == other


tokens = [Token("a"), Token("b"), Token("c")]
print("b" in tokens)
print(tokens.count("c"))
print(tokens.index("c"))
print([0.0, 1] == [False, True], [float("nan")] == [float("nan")])
nan = float("nan")
box = [nan]
print(box == box, nan in box, box.count(nan))
try:
    print([1, 2] < [1, "2"])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2] < (1, 2))
except TypeError as exc:
    print("TypeError:", exc)
