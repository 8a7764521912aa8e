# list() of an infinite Python generator.
def forever():
    while True:
        yield 'x'

xs = list(forever())
