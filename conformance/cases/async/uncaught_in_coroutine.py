# An exception escaping a coroutine driven by hand: the traceback lists each awaiting frame.
class Step:
    def __await__(self):
        yield "step"


async def validate(order):
    await Step()
    if order["qty"] <= 0:
        raise ValueError(f"bad quantity {order['qty']}")
    return order


async def place(order):
    checked = await validate(order)
    return {"placed": checked}


coro = place({"qty": 2})
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)

coro = place({"qty": 0})
print(coro.send(None))
coro.send(None)
