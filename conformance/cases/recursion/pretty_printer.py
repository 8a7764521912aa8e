# A recursive pretty printer for nested dicts, lists and scalars, with cycle detection.
def pretty(value, indent=0, seen=None):
    seen = set() if seen is None else seen
    pad = "  " * indent
    if isinstance(value, (dict, list)):
        if id(value) in seen:
            return pad + "<cycle>"
        seen = seen | {id(value)}
    if isinstance(value, dict):
        if not value:
            return pad + "{}"
        lines = [pad + "{"]
        for k, v in value.items():
            inner = pretty(v, indent + 1, seen).lstrip()
            lines.append(f"{pad}  {k!r}: {inner}")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(value, list):
        if not value:
            return pad + "[]"
        if all(not isinstance(v, (dict, list)) for v in value):
            return pad + "[" + ", ".join(repr(v) for v in value) + "]"
        return pad + "[\n" + "\n".join(pretty(v, indent + 1, seen) for v in value) + "\n" + pad + "]"
    return pad + repr(value)


doc = {
    "name": "service",
    "ports": [80, 443],
    "env": {"DEBUG": False, "PATHS": ["/a", "/b"], "nested": {"deep": {"deeper": [1, {"x": None}]}}},
    "empty": {},
    "list_of_dicts": [{"id": 1}, {"id": 2, "tags": []}],
}
print(pretty(doc))
loop = {"self": None, "items": [1, 2]}
loop["self"] = loop
print(pretty(loop))


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


print(depth(doc), depth([]), depth(5), depth([[[[]]]]))
