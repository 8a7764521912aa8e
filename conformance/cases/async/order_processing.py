# Order processing: a TaskGroup of stages, a queue per stage, inventory reserved under a lock,
# failed orders recorded without stopping the others.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Order:
    oid: int
    items: dict
    status: str = "new"
    notes: list = field(default_factory=list)


class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.lock = asyncio.Lock()

    async def reserve(self, order):
        async with self.lock:
            await asyncio.sleep(0.01)
            missing = [k for k, n in order.items.items() if self.stock.get(k, 0) < n]
            if missing:
                raise LookupError(f"out of stock: {', '.join(missing)}")
            for k, n in order.items.items():
                self.stock[k] -= n


async def validate(inbox, outbox, done):
    while (order := await inbox.get()) is not None:
        if not order.items:
            order.status = "rejected"
            order.notes.append("empty order")
            done.append(order)
        else:
            order.status = "valid"
            await outbox.put(order)
    await outbox.put(None)


async def fulfil(inbox, warehouse, done):
    while (order := await inbox.get()) is not None:
        try:
            await warehouse.reserve(order)
            order.status = "shipped"
        except LookupError as exc:
            order.status = "backordered"
            order.notes.append(str(exc))
        done.append(order)


async def main():
    warehouse = Warehouse({"apple": 5, "pear": 2, "fig": 0})
    orders = [Order(1, {"apple": 2}), Order(2, {}), Order(3, {"pear": 3}),
              Order(4, {"apple": 3, "pear": 2}), Order(5, {"fig": 1}), Order(6, {"apple": 1})]
    q1, q2, done = asyncio.Queue(), asyncio.Queue(), []
    for o in orders:
        q1.put_nowait(o)
    q1.put_nowait(None)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(validate(q1, q2, done))
        tg.create_task(fulfil(q2, warehouse, done))
    for o in sorted(done, key=lambda o: o.oid):
        print(o.oid, o.status, o.notes)
    print("stock left:", warehouse.stock)


asyncio.run(main())
