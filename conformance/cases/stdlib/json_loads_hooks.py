# Decoding into custom types with object_hook, object_pairs_hook, parse_float and parse_int.
import json
from collections import OrderedDict
from decimal import Decimal
from fractions import Fraction

orders = '[{"id": 1, "total": "19.99", "price": 19.99, "items": 3}, {"id": 2, "total": "0.10", "price": 0.1, "items": 1}]'

print(json.loads(orders, parse_float=Decimal))
print(json.loads("[1, 2.5, 3]", parse_int=lambda s: int(s) * 10, parse_float=Fraction))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda name: f"<{name}>"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d


shapes = json.loads('{"name": "tri", "points": [{"x": 0, "y": 0}, {"x": 4, "y": 0}, {"x": 0, "y": 3}]}', object_hook=as_point)
print(shapes)
decoder = json.JSONDecoder(object_hook=as_point)
print(decoder.decode('[{"x": 1, "y": 2}, {"x": 1}]'))
obj, end = json.JSONDecoder().raw_decode('{"a": [1, 2]} trailing text')
print(obj, end)
print(json.loads('{"s": "\x07"}', strict=False), json.loads(b'{"bytes": true}'))
try:
    json.loads('{"s": "\x07"}')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
