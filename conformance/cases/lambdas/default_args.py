# Lambdas with defaults, keyword-only and variadic parameters, and their introspectable attributes.
greet = lambda name, greeting="Hello", *, punct="!": f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Hey", name="Dee"))
clamp = lambda v, lo=0, hi=100: max(lo, min(hi, v))
print(clamp(150), clamp(-5), clamp(50, hi=40), clamp(5, 10, 20))
join_all = lambda *parts, sep=" ": sep.join(map(str, parts))
print(join_all(1, 2, 3), join_all("a", "b", sep="-"), repr(join_all()))
build = lambda **fields: {k: v for k, v in sorted(fields.items())}
print(build(z=1, a=2))
print(greet.__name__, greet.__defaults__, greet.__kwdefaults__, clamp.__defaults__)
cache = []
remember = lambda item, store=cache: store.append(item) or len(store)
print(remember("x"), remember("y"), cache)
try:
    print(greet())
except TypeError as exc:
    print("TypeError:", exc)

try:
    print(clamp())
except TypeError as e:
    print("TypeError:", e)
try:
    print(greet("x", punct="!", loud=True))
except TypeError as e:
    print("TypeError:", e)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders], [f(10, 100) for f in adders])
