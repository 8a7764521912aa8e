# finally always runs: with return in try, return in finally overriding, break and continue in finally.
def returns_from_try():
    try:
        return "try"
    finally:
        print("  finally after return in try")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke out at {i}"


def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("dropped")
            seen.append(i)
        finally:
            continue
    return seen


print(returns_from_try())
print(finally_overrides(), finally_swallows())
print(loop_with_finally())
print(break_in_finally(), continue_in_finally())
counter = {"n": 0}


def count_then_fail():
    try:
        counter["n"] += 1
        raise OSError("disk")
    finally:
        counter["n"] += 10
        print("  finally ran, n =", counter["n"])


count_then_fail()
