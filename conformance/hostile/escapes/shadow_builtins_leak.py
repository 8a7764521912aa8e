# Replacing shared objects so that the *next* program (another Ctx) sees them: module attributes,
# sys.modules entries, a builtin function through globals, class attributes of builtin types.
import json, sys, os

json.dumps = lambda *a, **k: "pwned"
sys.modules["os"] = json
globals()["len"] = lambda x: 0
print(json.dumps([1]), len("abc"))
import os
print(os is json)
int.__add__ = lambda a, b: 0
