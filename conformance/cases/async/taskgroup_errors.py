# A failing task cancels its siblings; the errors come out as an ExceptionGroup (except*).
import asyncio


async def step(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if error:
        print(f"{name}: raising {error.__name__}")
        raise error(f"{name} broke")
    print(f"{name}: ok")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("parse", 0.1))
            tg.create_task(step("validate", 0.2, ValueError))
            tg.create_task(step("upload", 0.5))
            tg.create_task(step("notify", 0.2, KeyError))
    except* ValueError as group:
        print("ValueErrors:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("KeyErrors:", [str(e) for e in group.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("a", 0.1, RuntimeError))
            tg.create_task(step("b", 0.3))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        print(repr(eg.exceptions[0]))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("inner", 1))
            raise OSError("body failed")
    except* OSError as group:
        print("body error:", group.exceptions)


asyncio.run(main())
