def f(x):
    match x:
        case 0 | 1:
            return "small"
        case [a, b, *rest] if a == b:
            return f"pair {a} rest {rest}"
        case (a, b):
            return f"two {a} {b}"
        case {"k": v, **others}:
            return f"map {v} {others}"
        case str(s) as whole:
            return f"str {s} {whole}"
        case int(n) if n > 100:
            return f"big {n}"
        case None:
            return "none"
        case _:
            return "other"

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

for v in [0, 1, [2, 2, 3, 4], (5, 6), {"k": 1, "z": 2}, "hi", 500, None, 3.5, P(1, 2)]:
    print(f(v))
match P(1, 2):
    case P(1, y=2):
        print("P matched")
match P(0, 5):
    case P(x=0, y=yy):
        print("y", yy)
match P(1, 2):
    case P(a, b, c):
        print("unreachable")
