# try/except/else/finally: else runs only when the try block raised nothing; order of the clauses.
def parse_all(items):
    good, bad = [], []
    for raw in items:
        try:
            value = int(raw)
        except ValueError:
            bad.append(raw)
            print(f"  {raw!r}: except")
        else:
            good.append(value)
            print(f"  {raw!r}: else")
        finally:
            print(f"  {raw!r}: finally")
    return good, bad


print(parse_all(["1", "x", "3"]))


def lookup(d, k):
    try:
        v = d[k]
    except KeyError:
        return "missing"
    else:
        return f"found {v}"
    finally:
        print("  lookup finished")


print(lookup({"a": 1}, "a"), lookup({}, "a"))


def else_errors_not_caught():
    try:
        x = 1
    except ZeroDivisionError:
        print("not here")
    else:
        return x / 0


try:
    else_errors_not_caught()
except ZeroDivisionError as e:
    print("escaped from else:", e)
for attempt in range(3):
    try:
        if attempt < 2:
            raise TimeoutError(f"attempt {attempt}")
    except TimeoutError as e:
        print("retrying after", e)
    else:
        print("succeeded on attempt", attempt)
        break
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise RuntimeError("raised from else")
except RuntimeError as exc:
    print("RuntimeError:", exc)
