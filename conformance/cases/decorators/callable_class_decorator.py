# A class used as a decorator: instances with __call__ keep per-function state (counts, history).
class CountCalls:
    registry = []

    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.history = []
        CountCalls.registry.append(self)

    def __call__(self, *args, **kwargs):
        self.calls += 1
        result = self.fn(*args, **kwargs)
        self.history.append((args, result))
        return result

    def __repr__(self):
        return f"<counted {self.fn.__name__}: {self.calls} calls>"


@CountCalls
def add(a, b):
    return a + b


@CountCalls
def shout(s):
    return s.upper() + "!"


print(add(1, 2), add(3, 4), shout("hey"), add("a", "b"))
print(add, shout, add.calls, add.history)
print(CountCalls.registry, isinstance(add, CountCalls), callable(add))


class Throttle:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, fn):
        used = 0

        def wrapper(*args):
            nonlocal used
            used += 1
            if used > self.limit:
                raise RuntimeError(f"{fn.__name__} called more than {self.limit} times")
            return fn(*args)

        return wrapper


@Throttle(2)
def ping(host):
    return f"pong from {host}"


print(ping("a"), ping("b"))
try:
    ping("c")
except RuntimeError as exc:
    print("RuntimeError:", exc)
