# Code objects: reading bytecode or building a function from a crafted code object.
def f(x):
    return x + 1

code = f.__code__
print(type(code).__name__, code.co_name)
raw = code.co_code
