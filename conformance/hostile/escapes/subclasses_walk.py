# The classic escape: walk object's subclasses for one whose methods reach os/sys
# (CPython: warnings.catch_warnings, os._wrap_close, subprocess.Popen, FileIO, BuiltinImporter).
subs = ().__class__.__base__.__subclasses__()
seen, todo = set(), list(subs)
while todo:
    cls = todo.pop()
    if cls in seen:
        continue
    seen.add(cls)
    todo.extend(type.__subclasses__(cls))
names = {c.__name__ for c in seen}
for bad in ["Popen", "FileIO", "BuiltinImporter", "FileLoader", "SourceLoader",
            "_wrap_close", "catch_warnings", "socket", "CDLL", "Thread", "Process"]:
    assert bad not in names, bad
# A method found this way has no __globals__ leading to a module with host access.
for cls in seen:
    init = cls.__dict__.get("__init__")
    g = getattr(init, "__globals__", None)
    if g is not None:
        for key in ("system", "popen", "__builtins__"):
            assert key not in g or not callable(g.get(key)), (cls, key)
print(len(seen), "classes, none with a way out")
wrap_close = [c for c in subs if c.__name__ == "_wrap_close"][0]
