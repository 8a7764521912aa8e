# What json.dumps refuses, with CPython's messages.
import json


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError, RecursionError, ZeroDivisionError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


nan, inf = float("nan"), float("inf")
attempt("nan allowed", lambda: json.dumps([nan, inf, -inf]))
attempt("nan refused", lambda: json.dumps({"v": nan}, allow_nan=False))
attempt("inf key refused", lambda: json.dumps({inf: 1}, allow_nan=False))
attempt("inf key", lambda: json.dumps({inf: 1, -inf: 2}))
attempt("tuple key", lambda: json.dumps({(1, 2): "pair"}))
attempt("tuple key skipped", lambda: json.dumps({(1, 2): "pair", "k": "v"}, skipkeys=True))
attempt("frozenset key skipped", lambda: json.dumps({frozenset(): 0}, skipkeys=True, indent=2))
attempt("mixed keys sorted", lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True))
attempt("mixed keys unsorted", lambda: json.dumps({"b": 1, 2: 3}))
attempt("set value", lambda: json.dumps({"s": {1}}))
attempt("bytes value", lambda: json.dumps([b"raw"]))
attempt("function", lambda: json.dumps(print))
attempt("class instance", lambda: json.dumps([1, object()]))

cycle = []
cycle.append({"back": cycle})
attempt("list cycle", lambda: json.dumps(cycle))
attempt("list cycle indented", lambda: json.dumps(cycle, indent=2))
node = {"name": "root"}
node["children"] = [node]
attempt("dict cycle", lambda: json.dumps(node))
attempt("no circular check", lambda: json.dumps(node, check_circular=False)[:20])


class Wrapper:
    def __init__(self, inner):
        self.inner = inner


w = Wrapper(None)
w.inner = w
attempt("default cycle", lambda: json.dumps(w, default=lambda o: o.inner))
attempt("default raises", lambda: json.dumps(Wrapper(1), default=lambda o: 1 / 0))
shared = [1, 2]
attempt("shared, not a cycle", lambda: json.dumps({"a": shared, "b": [shared, shared]}))
