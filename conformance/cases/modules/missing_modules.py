# Optional dependencies: modules pyex does not provide fail like uninstalled packages do.
import importlib
import sys

OPTIONAL = ["numpy", "pandas", "sklearn", "os.nothing", "yaml_ext.loader"]
available = {}
for name in OPTIONAL:
    try:
        available[name] = importlib.import_module(name)
    except ModuleNotFoundError as e:
        print(f"{name}: {type(e).__name__}: {e} (name={e.name!r})")
    except ImportError as e:
        print(f"{name}: ImportError: {e}")

try:
    import numpy as np
except ImportError:
    np = None
print("numpy available:", np is not None)

try:
    from foo import bar
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from json import not_a_function
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    from collections import Mapping
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import os.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError), "numpy" in sys.modules)
for stdlib in ["json", "re", "math", "collections", "itertools", "functools", "datetime", "random",
               "decimal", "fractions", "statistics", "csv", "io", "dataclasses", "enum", "typing",
               "unittest", "os", "pathlib", "glob", "shutil", "fnmatch", "string", "textwrap",
               "heapq", "bisect", "copy", "operator", "struct", "array", "time", "calendar",
               "zoneinfo", "cmath", "html", "uuid", "hashlib", "hmac", "base64", "binascii",
               "secrets", "abc", "contextlib", "traceback", "sys", "pprint", "logging", "warnings",
               "weakref", "types", "numbers", "platform", "argparse", "collections.abc",
               "os.path", "unicodedata"]:
    importlib.import_module(stdlib)
print("all stdlib modules imported")
import numpy
