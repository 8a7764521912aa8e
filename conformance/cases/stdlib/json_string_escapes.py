# JSON string escaping both ways: quotes, backslashes, control characters, DEL,
# non-ASCII and astral characters, with and without ensure_ascii.
import json

messages = [
    'He said "hi"',
    "C:\\temp\\new",
    "line1\nline2\ttab\r\x08\x0c",
    "bell\x07 and del\x7f",
    "café – naïve",
    "漢字 and emoji 😀",
    "separators \u2028 \u2029",
    "",
]
for text in messages:
    ascii_form = json.dumps(text)
    native = json.dumps(text, ensure_ascii=False)
    assert json.loads(ascii_form) == text and json.loads(native) == text
    print(ascii_form, native)

record = {"title": "Ünïcødé \"quoted\"", "tags": ["a\\b", "tab\t"], "note": None}
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
try:
    json.dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
