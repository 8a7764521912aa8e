# Order workflow with an Enum: allowed transitions, methods, properties and lookups.
from enum import Enum, auto


class Status(Enum):
    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def is_final(self):
        return self in (Status.DELIVERED, Status.CANCELLED)

    def can_move_to(self, other):
        return other in TRANSITIONS.get(self, ())

    def label(self):
        return self.name.replace("_", " ").title()


TRANSITIONS = {
    Status.PENDING: (Status.PAID, Status.CANCELLED),
    Status.PAID: (Status.SHIPPED, Status.CANCELLED),
    Status.SHIPPED: (Status.DELIVERED,),
}


class Order:
    def __init__(self, number):
        self.number = number
        self.status = Status.PENDING
        self.history = [self.status]

    def advance(self, new):
        if not self.status.can_move_to(new):
            raise ValueError(f"order {self.number}: cannot go from {self.status.name} to {new.name}")
        self.status = new
        self.history.append(new)


order = Order(17)
for step in ("PAID", "SHIPPED", "DELIVERED"):
    order.advance(Status[step])
print(order.status, repr(order.status), order.status.is_final, order.status.label())
print(" -> ".join(s.name for s in order.history), [s.value for s in order.history])

other = Order(18)
try:
    other.advance(Status.DELIVERED)
except ValueError as e:
    print(e)

print(list(Status), len(Status), Status(3), Status["CANCELLED"].value)
print([s.name for s in Status if not s.is_final], Status.PAID in Status, Status.PAID is Status(2))
print(type(Status.PAID), isinstance(Status.PAID, Status), Status.PAID.__class__.__name__)
print({s: s.value * 10 for s in Status}[Status.SHIPPED], sorted(Status, key=lambda s: s.name)[0])
print(Status.PAID == Status.PAID, Status.PAID != Status.PENDING, Status.PAID == 2)
print(f"{Status.PAID}|{Status.PAID!r}|{Status.PAID:>14}|{str(Status.PAID)}")
for bad in (9, "PAID"):
    try:
        Status(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Status["REFUNDED"]
except KeyError as e:
    print("KeyError:", e)
