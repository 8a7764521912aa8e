# Or-patterns and as-patterns: alternatives with the same bindings, capturing whole sub-patterns.
def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as redirect:
            return f"redirect ({redirect})"
        case 400 | 404 | 418 as client:
            return f"client error {client}"
        case int(c) if 500 <= c < 600:
            return "server error"
        case _:
            return "unknown"


print([http_status(c) for c in (200, 204, 302, 404, 418, 503, 999)])


def normalise(token):
    match token:
        case ("+" | "plus" | "add") as op:
            return ("ADD", op)
        case ("-" | "minus") as op:
            return ("SUB", op)
        case [("x" | "y") as axis, (int() | float()) as amount]:
            return ("MOVE", axis, amount)
        case (str() | bytes()) as text if text.isdigit():
            return ("NUM", int(text))
        case (True | False) as flag:
            return ("BOOL", flag)
        case {"cmd": ("start" | "stop") as cmd} | {"command": ("start" | "stop") as cmd}:
            return ("CTRL", cmd)
        case other:
            return ("?", other)


for t in ["+", "add", "minus", ["x", 3], ("y", 2.5), ["z", 1], "42", b"7", True, 0, {"cmd": "stop"}, {"command": "start"}]:
    print(repr(t), "->", normalise(t))
