# Starting generators correctly: send(None) or next() first; sending a value first is a TypeError.
def echo():
    received = []
    while True:
        value = yield len(received)
        received.append(value)
        print("  echo got", repr(value))


e = echo()
print(e.send(None))
print(e.send("hello"), e.send(42))


def prime(gen_fn):
    def start(*args, **kwargs):
        g = gen_fn(*args, **kwargs)
        next(g)
        return g

    return start


@prime
def tally():
    counts = {}
    while True:
        word = yield counts
        counts[word] = counts.get(word, 0) + 1


t = tally()
for w in "a b a c a".split():
    snapshot = t.send(w)
print(snapshot)
g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(next(g))
fresh = echo()
try:
    fresh.send(1)
except TypeError as exc:
    print("TypeError:", exc)
