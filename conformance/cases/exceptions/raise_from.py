# raise ... from, implicit chaining, re-raise, exception attributes.
class AppError(Exception):
    pass

def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n

try:
    try:
        risky(0)
    except ValueError as e:
        raise KeyError("wrapped") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        risky(0)
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e.args)

try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, KeyError))

def cleanup():
    try:
        1 / 0
    finally:
        print("finally ran")

try:
    cleanup()
except ZeroDivisionError as e:
    print("caught", e)

try:
    raise AppError("custom", 42)
except Exception as e:
    print(type(e).__name__, e.args, str(e))

try:
    risky(0)
except ValueError:
    undefined_thing
