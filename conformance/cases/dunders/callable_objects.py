# Objects with __call__: configurable functions (a polynomial), a stateful accumulator, and a router.
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(terms) or "0"


p = Polynomial(1, -3, 2)
print(p, [p(x) for x in range(5)], callable(p))
print(list(map(Polynomial(0, 0, 1), [1, 2, 3])), sorted([3, -5, 1], key=Polynomial(0, 1, 1)))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, amount=1):
        self.total += amount
        return self.total


acc = Accumulator()
acc()
acc(10)
print(acc(5), acc.total)


class Router:
    def __init__(self):
        self.routes = {}

    def route(self, path):
        def register(handler):
            self.routes[path] = handler
            return handler

        return register

    def __call__(self, path, **params):
        handler = self.routes.get(path)
        if handler is None:
            return 404, f"no route for {path}"
        return 200, handler(**params)


app = Router()


@app.route("/hello")
def hello(name="world"):
    return f"hello {name}"


print(app("/hello"), app("/hello", name="ann"), app("/missing"))
try:
    print(Polynomial(1, 2)("x"))
except TypeError as exc:
    print("TypeError:", exc)
