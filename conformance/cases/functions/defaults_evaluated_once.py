# Default values are evaluated once at definition time: counters, timestamps and mutable defaults.
counter = 0


def next_id():
    global counter
    counter += 1
    print("  next_id called ->", counter)
    return counter


def make_user(name, uid=next_id()):
    return (name, uid)


print("defined make_user")
print(make_user("a"), make_user("b"), make_user("c", 99))


def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags


first = add_tag("x")
second = add_tag("y")
print(first, second, first is second, add_tag.__defaults__)


def add_tag_fixed(tag, tags=None):
    tags = [] if tags is None else tags
    tags.append(tag)
    return tags


print(add_tag_fixed("x"), add_tag_fixed("y"))
limit = 10


def within(n, maximum=limit):
    return n <= maximum


limit = 100
print(within(50), within(5), within(50, limit))


def memo_fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]


print(memo_fib(50), len(memo_fib.__defaults__[0]))
print(make_user.__defaults__, within.__defaults__, add_tag_fixed.__defaults__)
