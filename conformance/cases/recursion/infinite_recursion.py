# Unbounded recursion hits the default limit: RecursionError with CPython's repeated-frame traceback.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print(factorial(10), factorial(200) % 1000007)


def broken_factorial(n):
    return n * broken_factorial(n - 1)


try:
    broken_factorial(5)
except RecursionError as e:
    print("RecursionError:", e)


def countdown(n):
    if n == 0:
        return ["liftoff"]
    return [n] + countdown(n - 1)


print(countdown(5), len(countdown(900)))
try:
    countdown(-1)
except RecursionError as e:
    print("countdown(-1) never reaches zero:", type(e).__name__)
print(broken_factorial(3))
