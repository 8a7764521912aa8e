# match with class patterns (__match_args__), mapping patterns and nested patterns.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=s, end=e):
            return f"line from {s} to {e}"
        case Point():
            return "somewhere else"
        case _:
            return "not a shape"


for shape in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Line(Point(1, 0), Point(1, 9)), Line(Point(0, 1), Point(2, 3)), 42]:
    print(where(shape))


def handle(event):
    match event:
        case {"type": "click", "pos": {"x": x, "y": y}}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(key), **rest}:
            return f"key {key} with {rest}"
        case {"type": kind}:
            return f"unhandled {kind}"
        case _:
            return "malformed"


events = [
    {"type": "click", "pos": {"x": 1, "y": 2}},
    {"type": "key", "key": "q", "ctrl": True},
    {"type": "scroll"},
    ["not", "a", "dict"],
]
for event in events:
    print(handle(event))
