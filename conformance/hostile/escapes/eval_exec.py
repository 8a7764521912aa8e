# eval/exec with crafted globals to get at builtins or import machinery.
ns = {}
exec("x = 1", ns)
print(sorted(k for k in ns if k != "x"))
print(eval("[].__class__.__mro__[-1].__subclasses__()", {"__builtins__": {}})[:0])
eval("__import__('socket')", {"__builtins__": {}})
