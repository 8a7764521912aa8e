# An order workflow state machine driven by Enum members and a transition table.
from enum import Enum, auto, unique


@unique
class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def terminal(self):
        return self in (State.DELIVERED, State.CANCELLED)


class Event(str, Enum):
    PAY = "pay"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"


TRANSITIONS = {
    (State.NEW, Event.PAY): State.PAID,
    (State.NEW, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.SHIP): State.SHIPPED,
    (State.PAID, Event.CANCEL): State.CANCELLED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = State.NEW
        self.history = [self.state]

    def fire(self, event):
        event = Event(event)
        try:
            self.state = TRANSITIONS[(self.state, event)]
        except KeyError:
            raise InvalidTransition(f"order {self.oid}: cannot {event.value} when {self.state.name}") from None
        self.history.append(self.state)
        return self.state


o = Order(7)
for ev in ["pay", Event.SHIP, "deliver"]:
    print(o.fire(ev), o.state.terminal)
print(" -> ".join(s.name for s in o.history), [s.value for s in State])
print(State(3), State["PAID"], State.PAID.name, repr(State.NEW), len(State), list(State)[-1])
print(Event.PAY == "pay", Event("ship").name, Event.CANCEL.upper(), f"{Event.PAY}", str(Event.PAY))
print(sorted(Event, key=lambda e: e.value), State.NEW in State, isinstance(Event.PAY, str))
counts = {}
for s in [State.NEW, State.PAID, State.NEW]:
    counts[s] = counts.get(s, 0) + 1
print(counts, State.__members__.keys())
match o.state:
    case State.DELIVERED:
        print("done!")
    case _:
        print("still going")
for bad in [lambda: State(99), lambda: State["LOST"], lambda: Order(8).fire("refund"),
            lambda: setattr(State.NEW, "value", 5), lambda: Order(9).fire("ship")]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError, InvalidTransition) as e:
        print(type(e).__name__, e)
o2 = Order(10)
o2.fire("cancel")
o2.fire("pay")
