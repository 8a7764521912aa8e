# yield from itself, consumed by list().
def g():
    yield from g()

list(g())
