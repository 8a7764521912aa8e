# A JSON-backed settings store: dump/load through files, custom default and object_hook, errors.
import json


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode(obj):
    if isinstance(obj, Money):
        return {"__money__": obj.cents}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def decode(d):
    if "__money__" in d:
        return Money(d["__money__"])
    return d


settings = {
    "service": "billing",
    "retries": 3,
    "timeout": 2.5,
    "regions": {"eu", "us"},
    "price": Money(1999),
    "flags": {"beta": True, "legacy": False, "owner": None},
    "notes": "line1\nline2\t\"quoted\" \u00e9\u20ac\U0001f600",
}
with open("settings.json", "w") as f:
    json.dump(settings, f, default=encode, indent=4)
with open("settings.json") as f:
    raw = f.read()
print(raw)
with open("settings.json") as f:
    loaded = json.load(f, object_hook=decode)
print(loaded["price"].cents, loaded["regions"], loaded["flags"], loaded["notes"])

print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, sort_keys=True, indent="\t"))
print(json.dumps([1.0, 1e20, 1e-7, -0.0, 3.14159, 10**20, True]))
print(json.dumps({"x": float("inf")}), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({2: "two", 1.5: "x", None: 0, False: 1}))
print(json.loads('[1, -2, 3.5e2, 0.25, "\\ud83d\\ude00", "\\n\\t\\\\", -0, 1E3]'))
print(json.loads('{"a": {"b": [{"c": []}]}}', object_pairs_hook=lambda pairs: pairs))
print(json.loads("  \n 42 \n"), json.loads("NaN") != json.loads("NaN"), json.loads('"plain"'))

for bad in ['{"a" 1}', '[1, 2', '{"a": 1,}', '[1,]', '"unterminated', '{1: 2}', '[01]',
            'nul', '{"a": 1} x', '"bad \\q escape"', '', '"tab\there"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
for bad in [{"k": object}, [1, {2, 3}], {(1, 2): "tuple key"}]:
    try:
        json.dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"k": object}, default=lambda o: "<obj>"), json.dumps({"z": 1}, skipkeys=True))
