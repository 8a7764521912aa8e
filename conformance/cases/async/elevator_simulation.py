# A discrete-event simulation on the loop's clock: an elevator serving timed requests.
import asyncio


class Elevator:
    SPEED = 0.1  # seconds per floor

    def __init__(self):
        self.floor = 0
        self.requests = asyncio.Queue()
        self.log = []

    def now(self):
        return round(asyncio.get_running_loop().time() - self.t0, 1)

    async def run(self):
        self.t0 = asyncio.get_running_loop().time()
        while True:
            who, src, dst = await self.requests.get()
            for target, action in [(src, "pick up"), (dst, "drop off")]:
                await asyncio.sleep(abs(self.floor - target) * self.SPEED)
                self.floor = target
                self.log.append(f"t={self.now():5} floor {target}: {action} {who}")
            self.requests.task_done()


async def passenger(elevator, who, at, src, dst):
    await asyncio.sleep(at)
    await elevator.requests.put((who, src, dst))


async def main():
    elevator = Elevator()
    runner = asyncio.create_task(elevator.run())
    await asyncio.gather(
        passenger(elevator, "ann", 0.0, 0, 5),
        passenger(elevator, "ben", 0.1, 3, 1),
        passenger(elevator, "cat", 0.12, 6, 0),
    )
    await elevator.requests.join()
    runner.cancel()
    print("\n".join(elevator.log))
    print("final floor:", elevator.floor)


asyncio.run(main())
