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
print(broken_factorial(3))
