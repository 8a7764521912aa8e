# Lambdas with map/filter/sorted/min/max, functools.reduce, higher-order functions.
from functools import reduce, partial

nums = [5, 3, 8, 1, 9, 2]
print(list(map(lambda n: n * 2, nums)), list(filter(lambda n: n > 4, nums)))
print(reduce(lambda acc, n: acc * n, nums, 1), reduce(max, nums))
print(min(nums, key=lambda n: abs(n - 6)), max(["aa", "b", "cccc"], key=len))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
base_two = partial(int, base=2)
print(base_two("1011"), callable(base_two), callable(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[op](6, 3) for op in "+-*"])
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])))
print(sorted(range(-3, 4), key=lambda v: (v * v, v)))
print((lambda *a, **k: (a, k))(1, z=2))
print(list(map(lambda x, y: x + y, [1, 2], [10])))
print(ops["/"](1, 2))
