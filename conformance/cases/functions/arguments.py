# Defaults, *args, **kwargs, keyword-only, positional-only, unpacking in calls.
def greet(name, greeting="Hello", *, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di"))


def summarize(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(summarize(), summarize(1, 2, a=3), summarize(*[1, 2], **{"x": 1}))


def power(base, exp=2, /):
    return base ** exp


print(power(3), power(2, 10))


def make_tag(tag, /, content="", **attrs):
    rendered = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{tag}{rendered}>{content}</{tag}>"


print(make_tag("a", "link", href="/home", cls="nav"))


def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_to(1), append_to(2))


def bad_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(bad_default(1), bad_default(2))
print(greet.__name__, greet.__defaults__, greet.__kwdefaults__)
args = (1, 2)
print(max(*args, 0), print("inline", "print", sep="-", end="|\n"))
greet("Ann", "Hi", "!")
