# nonlocal through several levels of nesting, and nonlocal versus global for the same name.
level = "global"


def outer():
    level = "outer"
    trail = []

    def middle():
        def inner():
            nonlocal level
            trail.append(level)
            level = "set by inner"

        inner()
        trail.append(level)

        def inner_global():
            global level
            level = "set globally"

        inner_global()
        trail.append(level)

    middle()
    return level, trail


print(outer(), level)


def make_stack():
    items = []
    size = 0

    def push(x):
        nonlocal size
        items.append(x)
        size += 1

    def pop():
        nonlocal size
        size -= 1
        return items.pop()

    def get_size():
        return size

    return push, pop, get_size


push, pop, get_size = make_stack()
for ch in "abc":
    push(ch)
print(pop(), get_size(), pop(), pop(), get_size())


def scope_chain():
    x = 1

    def a():
        x = 2

        def b():
            nonlocal x
            x += 10
            return x

        return b(), x

    return a(), x


print(scope_chain())
try:
    pop()
except IndexError as exc:
    print("IndexError:", exc)
