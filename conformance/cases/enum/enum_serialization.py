# Serialising records that hold enums to JSON and back; IntEnum/StrEnum arithmetic and text.
import json
from enum import Enum, IntEnum, StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


class Theme(Enum):
    LIGHT = "light"
    DARK = "dark"


users = [
    {"name": "ada", "role": Role.ADMIN, "level": Level.HIGH, "theme": Theme.DARK},
    {"name": "bo", "role": Role.VIEWER, "level": Level.LOW, "theme": Theme.LIGHT},
    {"name": "cy", "role": Role.EDITOR, "level": Level.MID, "theme": Theme.DARK},
]


def encode(obj):
    if isinstance(obj, Enum):
        return obj.value
    raise TypeError(f"not serialisable: {obj!r}")


text = json.dumps(users, default=encode, sort_keys=True)
print(text)
print(json.dumps({"level": Level.MID, "role": Role.ADMIN}), json.dumps([Level.LOW, -Level.HIGH, +Level.MID, ~Level.LOW]))
try:
    json.dumps({"theme": Theme.DARK})
except TypeError as e:
    print("TypeError:", e)

loaded = json.loads(text)
restored = [{**u, "role": Role(u["role"]), "level": Level(u["level"]), "theme": Theme(u["theme"])} for u in loaded]
print(restored[0], restored == users)
print(sum(u["level"] for u in users), max(users, key=lambda u: u["level"])["name"], Level.HIGH - Level.MID, Level.MID * 2)
print(int(Level.HIGH), type(int(Level.HIGH)).__name__, float(Level.MID), str(Level.LOW), abs(-Level.MID), divmod(Level.HIGH, 3))
print(Role.ADMIN.upper(), Role.EDITOR.title(), Role.VIEWER + "s", Role.ADMIN.value, type(str(Role.ADMIN)).__name__)
print(sorted(Role), [r for r in Role if r < "f"], ", ".join(Role), "/".join(r.name for r in Role))
print({u["name"]: str(u["theme"]) for u in users}, {u["name"]: u["theme"].name for u in users})
