# f.__globals__ is the module's own namespace: no __builtins__ in it to reach import machinery.
def helper():
    return 1

g = helper.__globals__
print(g is globals(), sorted(g)[:3])
assert "helper" in g
g["__builtins__"]["__import__"]("subprocess")
