# A menu-driven loop reading commands from a scripted list using walrus to fetch and test each one.
script = iter(["add milk", "add eggs", "list", "remove milk", "add bread", "count", "bogus", "quit", "add late"])
items = []
log = []
while (line := next(script, "quit")) != "quit":
    match line.split(maxsplit=1):
        case ["add", item]:
            items.append(item)
            log.append(f"added {item}")
        case ["remove", item] if item in items:
            items.remove(item)
            log.append(f"removed {item}")
        case ["list"]:
            log.append("items: " + ", ".join(items))
        case ["count"]:
            log.append(f"{(n := len(items))} item{'s' if n != 1 else ''}")
        case _:
            log.append(f"unknown command {line!r}")
print("\n".join(log))
print(items, next(script))
print(next(script, None) or (fallback := "exhausted"), fallback)
