"""Structural pattern matching: every pattern kind."""


def describe(command):
    match command.split():
        case []:
            return "empty"
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["drop", *objects]:
            return objects
        case ["quit" | "exit"]:
            return None
        case _:
            return "unknown"


def point_kind(point):
    match point:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return y
        case (1, 2, *_):
            return "starts 1, 2"
        case {"x": x, "y": y, **rest}:
            return x, y, rest
        case {"kind": "circle", "r": float() | int() as radius}:
            return radius
        case -1 | 0 | 1.5 | -2j | 1 + 2j | "s" | b"b":
            return "literal"
        case None | True | False:
            return "singleton"
        case Color.RED:
            return "red"
        case [Point(x=a), Point(x=b)] as pair:
            return pair
        case str(text) if text:
            return text


match = 1
case = match
