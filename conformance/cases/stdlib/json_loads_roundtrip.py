# Round trips: dumps then loads for nested data, unicode, big numbers and floats.
import json
import math

data = {
    "users": [
        {"name": "Zoë", "langs": ["python", "rust"], "age": 31, "score": 98.25},
        {"name": "李雷", "langs": [], "age": None, "score": -0.5},
    ],
    "big": 2 ** 100,
    "negative_big": -(10 ** 30),
    "floats": [0.1, 1e-10, 1.7976931348623157e308, 5e-324, 123456789.123],
    "nested": {"a": {"b": {"c": [[], {}, [[]]]}}},
    "escapes": "line1\nline2\t\"quoted\" back\\slash / \u2028 \x00",
    "empty": "",
    "bools": [True, False],
}
for kwargs in ({}, {"ensure_ascii": False}, {"indent": 2, "sort_keys": True}, {"separators": (",", ":")}):
    text = json.dumps(data, **kwargs)
    back = json.loads(text)
    print(len(text), back == data, back["users"][1]["name"], back["big"], back["floats"][3])
print(json.loads(json.dumps(float("nan")))is not None, math.isnan(json.loads("NaN")), json.loads("-Infinity"))
print(json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00"'), json.loads('"\\/\\b\\f"') == "/\b\f")
print(json.loads("  \n\t 42 \r\n"), json.loads("-0"), json.loads("-0.0"), json.loads("1E+2"), json.loads("1e-2"))
print(json.loads("123456789012345678901234567890"), json.loads("0.30000000000000004"))
deep = json.loads("[" * 50 + "1" + "]" * 50)
depth = 0
while isinstance(deep, list):
    deep = deep[0]
    depth += 1
print(depth, deep)
