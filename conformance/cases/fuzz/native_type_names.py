# Found by pyex-fuzz (differential target): CPython names its C-implemented
# types by their `tp_name` in error messages ('_io.TextIOWrapper',
# 'collections.deque'), while their __name__ stays short.
import collections
import io
import sys

buffers = [io.StringIO("text"), io.BytesIO(b"data"), sys.stdout]
containers = [
    collections.deque([1, 2, 3], maxlen=5),
    collections.defaultdict(list, {"a": [1]}),
    collections.OrderedDict(b=2, a=1),
    collections.Counter("hello"),
]


def probe(obj):
    """Report what a typo in an attribute name and a bad operand raise."""
    kind = type(obj).__name__
    try:
        obj.lenght
    except AttributeError as e:
        print(f"{kind:>14}: {e}")
    try:
        obj + 1
    except TypeError as e:
        print(f"{kind:>14}: {e}")


for obj in buffers + containers:
    probe(obj)

# The short names stay what they were.
print([type(c).__name__ for c in containers])
print(type(sys.stdout).__name__, type(io.StringIO()).__qualname__)

# A subclass is named by its own name.
class Ring(collections.deque):
    pass

try:
    Ring().missing
except AttributeError as e:
    print(e)
