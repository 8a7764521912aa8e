# A generator as a two-way state machine: a vending machine consuming coins and emitting events.
def vending_machine(price):
    credit = 0
    event = "ready"
    while True:
        action = yield event
        kind, value = action
        if kind == "coin":
            if value not in (5, 10, 25):
                event = f"rejected coin {value}"
                continue
            credit += value
            event = f"credit {credit}"
        elif kind == "select":
            if credit < price:
                event = f"need {price - credit} more for {value}"
            else:
                change = credit - price
                credit = 0
                event = f"vend {value}, change {change}"
        elif kind == "refund":
            event = f"refund {credit}"
            credit = 0
        elif kind == "off":
            return f"shutdown with credit {credit}"


vm = vending_machine(35)
print(next(vm))
for action in [("coin", 25), ("select", "chips"), ("coin", 3), ("coin", 10), ("coin", 10), ("select", "chips"), ("coin", 5), ("refund", None)]:
    print(f"{action!s:<20} -> {vm.send(action)}")
vm.send(("coin", 25))
try:
    vm.send(("off", None))
except StopIteration as e:
    print(e.value)
vm.send(("coin", 5))
