# importlib, __import__ and sys.modules tricks to load host modules.
import importlib
import sys

for name in ["posix", "_io", "os"]:
    m = importlib.import_module(name)
    assert not hasattr(m, "system") and not hasattr(m, "fork"), name
sys.modules["subprocess"] = None
print(sorted(n for n in ("ctypes", "socket", "_posixsubprocess") if n in sys.modules))
loader = getattr(sys, "meta_path", None)
print(loader)
__import__("_posixsubprocess")
