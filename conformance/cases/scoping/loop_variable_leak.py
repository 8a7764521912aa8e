# for-loop variables remain bound after the loop, even in nested loops; empty loops bind nothing.
for i in range(3):
    pass
print("i after loop:", i)
for row in range(2):
    for col in range(4):
        last = (row, col)
print(row, col, last)
for item in []:
    pass
try:
    print(item)
except NameError as e:
    print("NameError:", e)
words = ["alpha", "beta", "gamma"]
for index, word in enumerate(words):
    if word.startswith("b"):
        break
print("stopped at", index, word)
while_counter = 0
while while_counter < 5:
    temp = while_counter * 2
    while_counter += 1
print(while_counter, temp)
with_value = None


class Ctx:
    def __enter__(self):
        return "entered value"

    def __exit__(self, *exc):
        return False


with Ctx() as with_value:
    pass
print(with_value)


def inner_loop():
    for k in range(3):
        pass
    return k


print(inner_loop())


def empty_inner():
    for k in []:
        pass
    return k


try:
    print(empty_inner())
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
