# An order pipeline: IntEnum priorities, auto() values with _generate_next_value_, enum in dict keys.
from enum import Enum, IntEnum, auto, unique
from dataclasses import dataclass
from collections import defaultdict


class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Channel(Lower):
    WEB = auto()
    STORE = auto()
    PHONE = auto()


@unique
class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


@dataclass
class Order:
    oid: int
    channel: Channel
    priority: Priority = Priority.NORMAL


orders = [Order(1, Channel.WEB), Order(2, Channel.PHONE, Priority.URGENT), Order(3, Channel("store"), Priority.LOW),
          Order(4, Channel.WEB, Priority.URGENT)]
queue = sorted(orders, key=lambda o: (-o.priority, o.oid))
print([(o.oid, o.priority.name) for o in queue])
by_channel = defaultdict(list)
for o in orders:
    by_channel[o.channel].append(o.oid)
print({c.value: ids for c, ids in by_channel.items()}, [c.value for c in Channel])
print(Priority.URGENT > Priority.LOW, Priority(2), Priority.NORMAL + 1, Priority["LOW"] == 1)
print(Channel.WEB, repr(Channel.PHONE), Channel.WEB in Channel, Channel.__members__["STORE"])
print(max(Priority), min(o.priority for o in orders).name, sum(Priority), list(map(int, Priority)))
print({Priority.LOW: "l"}[1], f"{Priority.URGENT:>8}|", f"{Priority.URGENT!r}", Priority.URGENT.bit_length())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Channel.WEB = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Channel):
        EXTRA = auto()
except TypeError as e:
    print("TypeError:", e)
print(Order(9, Channel.WEB))
print(Priority.LOW < "x")
