# Generators: close/throw/finally, throw into yield from, PEP 479, StopIteration.value.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
g.close()
print("closed")

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", e)
            yield "recovered"

c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("boom")))
next(c)
c.send(2)

def deleg():
    r = yield from catcher()
    return r

d = deleg()
next(d)
d.send("via yield from")
print(d.throw(ValueError("inner")))

def stopper():
    yield 1
    raise StopIteration("x")

try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e)

def with_return():
    yield 1
    return 42

w = with_return()
next(w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)

def gen_in_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)

for v in gen_in_try():
    print("got", v)
print("after loop")
gg = (i * i for i in range(3))
print(list(gg), list(gg))
def early():
    yield from range(3)
    yield from [10, 20]
print(list(early()), sum(early()))
def thrower():
    yield 1
g = thrower()
next(g)
g.throw(KeyError("k"))
