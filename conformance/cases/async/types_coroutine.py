import asyncio
import types


@types.coroutine
def skip_turn(label, log):
    log.append(f"{label} yields")
    yield
    log.append(f"{label} resumed")
    return label.upper()


@types.coroutine
def wait_for_future(fut):
    result = yield from fut
    return result * 2


async def worker(name, log, rounds):
    total = []
    for i in range(rounds):
        total.append(await skip_turn(f"{name}{i}", log))
    return total


async def main():
    log = []
    results = await asyncio.gather(worker("a", log, 2), worker("b", log, 3))
    print(results)
    for line in log:
        print(" ", line)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, 21)
    print("doubled:", await wait_for_future(fut))


async def native():
    return 42


print(types.coroutine(native) is native)
print(skip_turn.__name__, callable(skip_turn))
asyncio.run(main())

try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)

gen = skip_turn("manual", [])
print(gen.send(None) is None, gen.__name__)
gen.close()
