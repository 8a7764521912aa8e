# match with literals, captures, guards, or-patterns, sequences and wildcards.
def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case int(n) if 500 <= n < 600:
            return f"server error {n}"
        case _:
            return "unknown"


print([http_status(c) for c in (200, 302, 404, 503, 999)])


def command(text):
    match text.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *objects] if objects:
            return f"taking {', '.join(objects)}"
        case ["quit" | "exit"]:
            return "bye"
        case [first, *_]:
            return f"unknown command {first!r}"


for line in ["", "go north", "take lamp key", "take", "exit", "dance now"]:
    print(repr(line), "->", command(line))


def classify(value):
    match value:
        case None:
            return "none"
        case True | False:
            return "bool"
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, z]:
            return f"triple {x},{y},{z}"
        case str() as s if len(s) > 3:
            return "long string"
        case "a" | "b":
            return "letter"
        case -1 | 1.5 | 3j:
            return "special number"
    return "other"


print([classify(v) for v in (None, True, (1, 2), [1, 2, 3], "hello", "b", -1, 1.5, 3j, 7)])
