# Import forms with builtin modules: aliases, from-imports, submodules of non-packages and errors.
import math
import math as m
from math import sqrt, pi as PI
from sys import maxsize, version_info as vi
import sys

print(m is math, sqrt(16), round(PI, 3), maxsize > 0, vi.major)
print(sys)
print(sorted(k for k in sys.modules if k in ("sys", "math", "builtins_missing")))


def load(stmt):
    namespace = {}
    try:
        if stmt == "nosuchmodule":
            import nosuchmodule
        elif stmt == "math.sub":
            import math.sub
        elif stmt == "math.nothing":
            from sys import nothing
        elif stmt == "dotted":
            import not_a_pkg.child.grandchild
        return "ok"
    except ImportError as e:
        return f"{type(e).__name__}: {e}"


for stmt in ("nosuchmodule", "math.sub", "math.nothing", "dotted"):
    print(stmt, "->", load(stmt))

try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)

if __name__ == "__main__":
    print("running as", __name__)
import leftpad_for_pyex
