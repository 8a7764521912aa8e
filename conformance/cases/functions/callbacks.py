# An event emitter with callbacks: registering, calling in order, removing and once-only handlers.
class Emitter:
    def __init__(self):
        self.handlers = {}

    def on(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)
        return fn

    def off(self, event, fn):
        self.handlers[event].remove(fn)

    def once(self, event, fn):
        def wrapper(*args):
            self.off(event, wrapper)
            return fn(*args)

        return self.on(event, wrapper)

    def emit(self, event, *args):
        results = []
        for fn in list(self.handlers.get(event, [])):
            results.append(fn(*args))
        return results


bus = Emitter()
log = []
bus.on("save", lambda name: log.append(f"saved {name}") or "logged")
bus.on("save", lambda name: name.upper())
bus.once("save", lambda name: f"first save of {name}")


def audit(name):
    return f"audit:{len(name)}"


bus.on("save", audit)
print(bus.emit("save", "report"))
print(bus.emit("save", "notes"))
bus.off("save", audit)
print(bus.emit("save", "x"), bus.emit("load"))
print(log)


def apply_all(items, *callbacks):
    return [[cb(i) for cb in callbacks] for i in items]


print(apply_all([1, 2], str, float, lambda v: v * 10))
try:
    bus.off("save", audit)
except ValueError as exc:
    print("ValueError:", exc)
