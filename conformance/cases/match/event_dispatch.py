# An event loop dispatching UI events with match on tuples and dicts, updating application state.
state = {"x": 0, "y": 0, "clicks": 0, "keys": [], "log": []}
events = [
    ("mouse", "move", 10, 20),
    ("mouse", "click", 10, 20, "left"),
    ("mouse", "click", 15, 25, "right"),
    ("key", "down", "a", {"shift": True}),
    ("key", "down", "b", {}),
    ("key", "up", "b", {}),
    ("window", {"w": 800, "h": 600}),
    ("window", {"w": 0, "h": 600}),
    ("quit",),
    ("mouse", "wheel", 3),
]
for event in events:
    match event:
        case ("mouse", "move", x, y):
            state["x"], state["y"] = x, y
        case ("mouse", "click", x, y, "left" | "middle" as button):
            state["clicks"] += 1
            state["log"].append(f"click {button} at {x},{y}")
        case ("mouse", "click", *_, button):
            state["log"].append(f"ignored {button} click")
        case ("key", "down", key, {"shift": True}):
            state["keys"].append(key.upper())
        case ("key", "down", key, _):
            state["keys"].append(key)
        case ("window", {"w": w, "h": h}) if w > 0 and h > 0:
            state["log"].append(f"resize {w}x{h}")
        case ("window", dims):
            state["log"].append(f"bad window size {dims}")
        case ("quit",):
            state["log"].append("quit requested")
            break
        case _:
            state["log"].append(f"unknown {event}")
for line in state["log"]:
    print(line)
print(state["x"], state["y"], state["clicks"], state["keys"])
