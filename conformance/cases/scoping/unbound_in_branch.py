# Names assigned only in some branches: fine when the branch runs, UnboundLocalError when it does not.
def describe(n):
    if n > 0:
        sign = "positive"
    elif n < 0:
        sign = "negative"
    return f"{n} is {sign}"


print(describe(5), describe(-2))


def first_match(items, target):
    for i, item in enumerate(items):
        if item == target:
            found = i
            break
    return found


print(first_match("abc", "b"))


def safe_first_match(items, target):
    found = None
    for i, item in enumerate(items):
        if item == target:
            found = i
            break
    return found


print(safe_first_match("abc", "z"))
try:
    first_match("abc", "z")
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(describe(0))
