# Literal patterns: None/True/False use identity, numbers and strings use equality, negatives and complex.
def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes literal"
        case "multi" "part":
            return "concatenated literal"
        case _:
            return f"other {v!r}"


for v in [None, True, False, 0, 0.0, 1, 1.0, -1, -1.0, 1.5, 2 + 3j, "", "y", b"raw", "multipart", "no", [], 1 == 1]:
    print(f"{v!r:>10} -> {kind(v)}")
