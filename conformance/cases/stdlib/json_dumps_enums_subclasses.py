# Enums and container subclasses serialise as their underlying builtin values.
import json
from collections import OrderedDict, defaultdict, Counter
from enum import Enum, IntEnum, IntFlag


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


class Perm(IntFlag):
    R = 4
    W = 2


class Meters(float):
    pass


class Tags(list):
    def describe(self):
        return ",".join(self)


class Record(dict):
    def __getattr__(self, name):
        return self[name]


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

ticket = Record(id=42, priority=Priority.HIGH, status=Status.OPEN, perms=Perm.R | Perm.W,
                height=Meters(1.75), tags=Tags(["bug", "ui"]), at=Point(3, 4))
print(json.dumps(ticket))
print(json.dumps(ticket, indent=2, sort_keys=True))
print(ticket.status, ticket.tags.describe(), ticket.at.x)

counts = Counter("abracadabra")
print(json.dumps(counts, sort_keys=True))
print(json.dumps(OrderedDict([("second", 2), ("first", 1)])))
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(json.dumps(groups, separators=(",", ":")))

# Keys: ints, floats, bools, None and enum members become strings.
keyed = {1: "one", 2.5: "two and a half", True: "yes", None: "nothing", Priority.LOW: "low"}
print(json.dumps(keyed))
print(json.loads(json.dumps(keyed)))
print(json.dumps({Status.CLOSED: [Point(0, 0)]}))
print(json.dumps([Priority.LOW, Status.CLOSED, 10 ** 20, -0.0, 1e-7, 1e22, 0.1 + 0.2]))
