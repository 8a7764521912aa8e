# while/for with else, break/continue, nested loops, try/finally interplay.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return i

print(find([3, 1, 4], 4), find([3, 1, 4], 5))

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("not reached")

def finally_order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log

print(finally_order())

def return_in_finally():
    try:
        return "try"
    finally:
        print("cleanup runs first")

print(return_in_finally())

def nested_break():
    found = None
    for a in range(1, 5):
        for b in range(1, 5):
            if a * b == 6:
                found = (a, b)
                break
        if found:
            break
    return found

print(nested_break())
total = 0
for x in range(1, 101):
    total += x if x % 3 == 0 or x % 5 == 0 else 0
print(total)
print(1 if [] else 2, [] or "empty", 0 and 1, "a" and "b")
