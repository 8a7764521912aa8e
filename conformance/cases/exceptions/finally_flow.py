# finally runs on return/break/continue; with + exceptions; assert.
def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(f())

for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)


def cleanup_order():
    events = []
    try:
        try:
            events.append("inner try")
            raise ValueError("x")
        finally:
            events.append("inner finally")
    except ValueError:
        events.append("handler")
    finally:
        events.append("outer finally")
    return events


print(cleanup_order())
try:
    assert 1 + 1 == 2, "math works"
    assert len([]) > 0, "list must not be empty"
except AssertionError as e:
    print("assertion:", e)


def nested_calls(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return nested_calls(n - 1)


nested_calls(3)
