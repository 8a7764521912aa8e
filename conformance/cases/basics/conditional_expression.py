# Conditional expressions: nested, in arguments, in comprehensions and lambdas.
def classify(n):
    return "zero" if n == 0 else "positive" if n > 0 else "negative"


print([classify(n) for n in (-3, 0, 7)])


def fizzbuzz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 21)))

items = [3, -1, 4, -1, 5, -9, 2, 6]
clipped = [x if x >= 0 else 0 for x in items]
print(clipped)
labels = ["even" if x % 2 == 0 else "odd" for x in items if x > 0]
print(labels)

sign = lambda x: (x > 0) - (x < 0)
print([sign(x) for x in items])

count = 1
print(f"{count} {'item' if count == 1 else 'items'}")
count = 4
print(f"{count} {'item' if count == 1 else 'items'}")


def side_effect(tag):
    print("evaluated", tag)
    return tag


r = side_effect("yes") if False else side_effect("no")
print(r)
print(max(items) if items else None, min([]) if [] else "empty")
x = None
print((x or {}).get("k", "missing") if x is None else x["k"])
