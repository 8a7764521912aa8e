# Mapping patterns over JSON-like messages: required keys, nested mappings, **rest and value checks.
def handle(msg):
    match msg:
        case {"type": "ping"}:
            return "pong"
        case {"type": "login", "user": str(user), "password": str() as pw} if len(pw) >= 8:
            return f"login ok for {user}"
        case {"type": "login", "user": user}:
            return f"login rejected for {user}"
        case {"type": "move", "to": {"x": int(x), "y": int(y)}}:
            return f"move to ({x}, {y})"
        case {"type": "batch", "items": [first, *others]}:
            return f"batch starting with {handle(first)!r} plus {len(others)} more"
        case {"type": "config", **settings} if settings:
            return f"config keys: {sorted(settings)}"
        case {"type": t}:
            return f"unhandled type {t!r}"
        case {}:
            return "no type field"
        case _:
            return f"not a mapping: {msg!r}"


messages = [
    {"type": "ping", "extra": 1},
    {"type": "login", "user": "ann", "password": "correct horse"},
    {"type": "login", "user": "bob", "password": "short"},
    {"type": "move", "to": {"x": 3, "y": -1, "z": 9}},
    {"type": "move", "to": {"x": "3", "y": 1}},
    {"type": "batch", "items": [{"type": "ping"}, {}, {}]},
    {"type": "config", "debug": True, "level": 3},
    {"type": "config"},
    {"id": 7},
    ["type", "ping"],
]
for m in messages:
    print(handle(m))
