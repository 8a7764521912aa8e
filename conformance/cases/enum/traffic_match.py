# Enums in match statements, as dict keys and in dataclasses; ends with an uncaught ValueError.
from dataclasses import dataclass, field
from enum import Enum, IntEnum


class Light(Enum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


@dataclass(order=True)
class Ticket:
    priority: Priority
    title: str = field(compare=False)


def next_light(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.AMBER
        case Light.AMBER:
            return Light.RED


def describe(value):
    match value:
        case Priority.URGENT:
            return "drop everything"
        case Priority() as p if p >= Priority.NORMAL:
            return f"soon ({p.name.lower()})"
        case Light(value="green"):
            return "go"
        case Light():
            return "wait"
        case _:
            return "unknown"


light = Light.RED
seen = []
for _ in range(5):
    seen.append(light.value)
    light = next_light(light)
print(" -> ".join(seen))
durations = {Light.RED: 30, Light.AMBER: 4, Light.GREEN: 25}
print(sum(durations.values()), max(durations, key=durations.get), durations[Light("amber")])
print([describe(v) for v in (Priority.URGENT, Priority.NORMAL, Priority.LOW, Light.GREEN, Light.RED, 7)])
tickets = sorted([Ticket(Priority.LOW, "typo"), Ticket(Priority.URGENT, "outage"), Ticket(Priority.NORMAL, "bug")], reverse=True)
print(tickets[0], [t.title for t in tickets])
print(Ticket(Priority.URGENT, "a") == Ticket(3, "b"), Ticket(Priority.LOW, "x") < Ticket(Priority.NORMAL, "y"))


def parse_light(text):
    try:
        return Light(text.lower())
    except ValueError:
        raise ValueError(f"unknown light {text!r}; expected one of {[l.value for l in Light]}") from None


print(parse_light("GREEN"))
parse_light("blue")
