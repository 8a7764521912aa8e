# Rebinding builtins for every later program (or reaching open through the builtins module).
print(len.__module__ if hasattr(len, "__module__") else None)
try:
    __builtins__.open("/etc/passwd")
except NameError as exc:
    print("no __builtins__:", exc)
import builtins
