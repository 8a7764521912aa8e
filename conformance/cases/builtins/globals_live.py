# globals() is the module's live namespace: writes through the dict define names, and names
# assigned later show up in a dict fetched earlier.
import sys

counter = 0
registry = globals()


def bump():
    global counter
    counter += 1
    return globals()["counter"]


print(bump(), bump(), registry["counter"], registry is globals())

for name, value in [("alpha", 1), ("beta", 2), ("gamma", 3)]:
    globals()[name] = value * 10
print(alpha, beta, gamma)

registry.update(delta=4, epsilon=5)
print(delta + epsilon, "delta" in dir())

late = "assigned after the dict was taken"
print(registry["late"])

del registry["alpha"]
try:
    print(alpha)
except NameError as exc:
    print("NameError:", exc)

del beta
print("beta" in registry, registry.get("beta", "gone"))


def make_handler(kind):
    def handler():
        return f"handled {kind}"

    globals()[f"handle_{kind}"] = handler


for kind in ("click", "key"):
    make_handler(kind)
print(handle_click(), handle_key())

module = sys.modules[__name__]
module.via_module = "set on the module object"
print(globals()["via_module"], locals() is globals())

exec("exec_made = counter * 100", globals())
print(exec_made)
snapshot = dict(globals())
snapshot["not_global"] = True
print("not_global" in globals(), sorted(k for k in registry if k.startswith("handle_")))
print(undefined_name)
