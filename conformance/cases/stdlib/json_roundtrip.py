# json.dumps options, json.loads, a caught decode error and an uncaught KeyError.
import json

record = {"name": "Ann", "age": 31, "tags": ["a", "b"], "active": True, "score": None, "ratio": 0.5}
text = json.dumps(record)
print(text)
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps([1, "two", {"3": [4.0]}], separators=(",", ":")))
print(json.dumps("caf\u00e9 \u2603"), json.dumps("caf\u00e9", ensure_ascii=False))
back = json.loads(text)
print(back == record, back["tags"], type(back["age"]).__name__)
print(json.loads('{"nested": {"list": [1, 2.5, null, true, false, "s"]}}'))
print(json.loads("[]"), json.loads('"\\u00e9"'), json.dumps((1, 2)), json.dumps({1: "int key"}))
try:
    json.loads('{"broken": }')
except json.JSONDecodeError as exc:
    print(type(exc).__name__, exc.msg, exc.pos, exc.lineno, exc.colno)
print(back["missing"])
