# Sequence patterns: fixed and starred lengths, lists versus tuples, and strings never matching.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"single {x!r}"
        case [first, *middle, last] if not middle:
            return f"pair {first!r},{last!r}"
        case [first, *middle, last]:
            return f"{first!r} ... {last!r} with {len(middle)} between"


for s in [[], [1], (1, 2), [1, 2, 3, 4], range(5), "ab", b"ab", {"a": 1}, (x for x in [1])]:
    print(f"{type(s).__name__:>10}:", shape(s))


def head_tail(seq):
    match seq:
        case [head, *tail]:
            return head, tail
    return None


print(head_tail([1, 2, 3]), head_tail((9,)), head_tail([]))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a + b + c + d)
match (1, 2, 3, 4, 5):
    case (1, *rest) if sum(rest) > 10:
        print("rest is a list:", rest, type(rest).__name__)
match [0, 1, 2]:
    case [*_, 2]:
        print("ends with 2")
match ["cmd", "a", "b"]:
    case ["cmd", *args]:
        print(args)
