# The builtin exception hierarchy: catching by base classes and inspecting __mro__ of exception types.
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "overflow":
        return 2.0**5000
    if kind == "type":
        return len(5)
    if kind == "value":
        return int("x")
    if kind == "attr":
        return None.upper()
    if kind == "unicode":
        return b"\xff".decode()
    if kind == "name":
        return undefined_name
    if kind == "notimpl":
        raise NotImplementedError("todo")
    return "fine"


for kind in ["key", "index", "zero", "overflow", "type", "value", "attr", "unicode", "name", "notimpl", "ok"]:
    try:
        result = risky(kind)
    except LookupError as e:
        print(f"{kind:>8}: LookupError family -> {type(e).__name__}")
    except ArithmeticError as e:
        print(f"{kind:>8}: ArithmeticError family -> {type(e).__name__}")
    except ValueError as e:
        print(f"{kind:>8}: ValueError family -> {type(e).__name__}")
    except (TypeError, AttributeError) as e:
        print(f"{kind:>8}: Type/Attribute -> {type(e).__name__}")
    except Exception as e:
        print(f"{kind:>8}: other Exception -> {type(e).__name__}: {e}")
    else:
        print(f"{kind:>8}: no error, got {result}")
for exc in (KeyError, UnicodeDecodeError, ZeroDivisionError, NotImplementedError, FileNotFoundError, StopIteration, KeyboardInterrupt):
    print(exc.__name__, "->", " > ".join(c.__name__ for c in exc.__mro__[1:]))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, issubclass(RecursionError, RuntimeError))
try:
    try:
        risky("zero")
    except LookupError:
        print("not reached")
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
