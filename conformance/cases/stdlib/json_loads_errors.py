# JSONDecodeError: its attributes, message and position for a batch of records.
import json

records = ['{"id": 1, "ok": true}', '{"id": 2, "ok": false}', '{"id": 3, "ok": tru}']
parsed = []
for raw in records[:2]:
    parsed.append(json.loads(raw))
print(parsed)
try:
    json.loads(records[2])
except json.JSONDecodeError as e:
    print("caught:", e.msg, e.pos, e.lineno, e.colno)
    print(type(e).__name__, type(e).__module__, isinstance(e, ValueError))
print(json.loads('{"multi": [1,\n 2,\n 3]}'))
try:
    json.loads('{\n  "a": 1,\n  "b": [1, 2\n}')
except ValueError as e:
    print(repr(e), e.args, str(e) == e.args[0])
