# Closures, nonlocal, global, and late binding.
counter_total = 0

def make_counter(start):
    count = start
    def increment(step=1):
        nonlocal count
        global counter_total
        count += step
        counter_total += step
        return count
    return increment

a = make_counter(10)
b = make_counter(100)
print(a(), a(5), b(), counter_total)

def adders():
    return [lambda x, i=i: x @ i for i in range(3)], [lambda x: x + i for i in range(3)]

early, late = adders()
print([f(10) for f in early], [f(10) for f in late])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()

print(outer())

def unbound():
    print(value)
    value = 1

try:
    unbound()

except UnboundLocalError as e:
    print(type(e).__name__, e)

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

print(compose(str, lambda n: n * 2, abs)(-21))
squares = {n: n * n for n in range(5) if n % 2 == 0}
print(squares)
print(missing_name)
