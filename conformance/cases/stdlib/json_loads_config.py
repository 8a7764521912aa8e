# Loading a JSON configuration, validating it and reporting decode errors with line and column.
import json

GOOD = """
{
  "service": "billing",
  "port": 8443,
  "debug": false,
  "ratio": 0.75,
  "limits": {"requests_per_minute": 1200, "burst": 50},
  "hosts": ["a.internal", "b.internal"],
  "owner": null,
  "motto": "fa\\u00e7ade \\"quoted\\" \\ud83d\\ude80"
}
"""
BROKEN = [
    '{\n  "service": "billing",\n  "port": 8443,\n}\n',
    '{\n  "service": "billing"\n  "port": 8443\n}',
    '{\n  "hosts": ["a", "b",]\n}',
    "{\n  'service': 'billing'\n}",
    '{"port": 08443}',
    '{"name": "tab\there"}',
    '{"debug": False}',
    '[1, 2, 3]\n[4]',
]

config = json.loads(GOOD)
print(sorted(config), config["limits"]["burst"], config["motto"], len(config["motto"]))
print(type(config["port"]).__name__, type(config["ratio"]).__name__, config["owner"] is None)
for text in BROKEN:
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        line = text.splitlines()[err.lineno - 1] if text.splitlines() else ""
        print(f"line {err.lineno}, col {err.colno}: {err.msg}")
        print("   ", line)
        print("   ", " " * (err.colno - 1) + "^")
        print("   ", isinstance(err, ValueError), err.pos, repr(err.doc[:12]))
