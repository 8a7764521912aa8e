# Task names, current_task, all_tasks, get_coro, done/result/exception states.
import asyncio


async def job(n):
    me = asyncio.current_task()
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise ArithmeticError("n is three")
    return f"{me.get_name()} -> {n * n}"


async def main():
    print("main task:", asyncio.current_task().get_name().startswith("Task-"))
    tasks = [asyncio.create_task(job(n), name=f"job-{n}") for n in range(1, 5)]
    print("alive:", sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task()))
    print(tasks[0].get_coro().__qualname__)
    tasks[1].set_name("renamed")
    await asyncio.wait(tasks)
    for t in tasks:
        if t.exception():
            print(t.get_name(), "failed:", repr(t.exception()))
        else:
            print(t.get_name(), "result:", t.result())
    print("alive after:", len(asyncio.all_tasks()))
    pending = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    try:
        pending.result()
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)
    pending.cancel()
    await asyncio.sleep(0)
    print("cancelled:", pending.cancelled())
    try:
        pending.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled task raises CancelledError")


asyncio.run(main())
