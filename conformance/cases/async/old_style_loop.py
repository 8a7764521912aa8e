# The pre-asyncio.run style: new_event_loop, run_until_complete, set_event_loop, close.
import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x * 3


async def gather_all():
    return await asyncio.gather(*(compute(i) for i in range(4)))


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(loop.run_until_complete(compute(7)))
    print(loop.run_until_complete(gather_all()))
    task = loop.create_task(compute(5))
    print(loop.run_until_complete(task), task.done())
    print("running:", loop.is_running())
finally:
    loop.close()
print("closed:", loop.is_closed())
late = compute(1)
try:
    loop.run_until_complete(late)
except RuntimeError as exc:
    print("RuntimeError:", exc)
late.close()

with asyncio.Runner() as runner:
    print(runner.run(compute(2)))
    print(runner.run(gather_all()))
try:
    asyncio.get_running_loop()
except RuntimeError as exc:
    print("RuntimeError:", exc)
