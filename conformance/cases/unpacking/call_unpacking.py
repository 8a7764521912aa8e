# Unpacking into calls: *iterables and **mappings, several of each, mixed with explicit arguments.
def make_rect(x, y, width, height, *, color="black", fill=False):
    return f"rect at ({x},{y}) {width}x{height} color={color} fill={fill}"


origin = (0, 0)
size = [10, 5]
style = {"color": "red"}
print(make_rect(*origin, *size))
print(make_rect(*origin, *size, **style, fill=True))
print(make_rect(1, *size[::-1], 2, **{"fill": True}))
print(make_rect(**{"x": 1, "y": 2}, **{"width": 3, "height": 4}))
args = iter([7, 8, 9, 10])
print(make_rect(*args))
print(max(*[3, 9, 4], *(12,)), "-".join([*"ab", *["c"]]))


def collect(*args, **kwargs):
    return args, kwargs


print(collect(*range(3), *"xy", a=1, **{"b": 2}, **dict(c=3)))
print(collect(*[], **{}))
print(collect(*{1: "a", 2: "b"}, *{3}, **{"k": None}))
try:
    make_rect(*origin)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{1: "non-string key"})
except TypeError as e:
    print("TypeError:", e)
try:
    make_rect(*origin, *size, **style, **{"color": "blue"})
except TypeError as exc:
    print("TypeError:", exc)
