# Set methods on a seat-booking system: add, discard, remove, pop, copy, clear and update.
available = set(range(1, 13))
booked = set()


def book(seat):
    if seat not in available:
        raise KeyError(f"seat {seat} is not available")
    available.remove(seat)
    booked.add(seat)


for seat in (3, 4, 5, 11):
    book(seat)
print(available, booked)
try:
    book(4)
except KeyError as e:
    print("KeyError:", e)
available.discard(99)
booked.discard(11)
available.add(11)
print(sorted(available), sorted(booked))
snapshot = available.copy()
first = available.pop()
print(first, first in snapshot, first in available, len(snapshot) - len(available))
available.update([100, 101], {102}, range(103, 105))
print(sorted(available))
vip = {1, 2, 100}
available.difference_update(vip)
print(sorted(available))
available.intersection_update(range(0, 101))
print(sorted(available))
booked.symmetric_difference_update({5, 6})
print(booked)
print(booked.union([7]), booked.intersection([3, 4, 9]), booked.difference({3}), booked.symmetric_difference({3, 8}))
booked.clear()
print(booked, set(), len(booked))
try:
    booked.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    booked.remove(3)
except KeyError as exc:
    print("KeyError:", exc)
