# try/except/else/finally, multiple handlers, exception attributes.
def safe_divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as exc:
        print("caught:", exc)
        return None
    except TypeError as exc:
        print("type problem:", exc)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally for", a, b)


print(safe_divide(10, 2))
print(safe_divide(1, 0))
print(safe_divide("a", 1))


def parse_int(text):
    try:
        return int(text)
    except (ValueError, TypeError) as exc:
        return f"{type(exc).__name__}: {exc}"


print(parse_int("42"), parse_int("4x2"), parse_int(None))
data = {"a": [1, 2]}
for key, idx in [("a", 1), ("a", 5), ("b", 0)]:
    try:
        print(data[key][idx])
    except IndexError as e:
        print("IndexError", e.args)
    except KeyError as e:
        print("KeyError", repr(e), str(e))
try:
    raise RuntimeError("boom", 42)
except Exception as e:
    print(e.args, isinstance(e, RuntimeError))
try:
    [].pop()
except LookupError:
    print("LookupError covers IndexError")
int("nope")
