# contextlib.asynccontextmanager, aclosing and AsyncExitStack.
import asyncio
from contextlib import AsyncExitStack, aclosing, asynccontextmanager


@asynccontextmanager
async def transaction(name):
    print(f"BEGIN {name}")
    try:
        yield {"name": name, "ops": []}
        print(f"COMMIT {name}")
    except Exception as exc:
        print(f"ROLLBACK {name}: {exc}")
        raise
    finally:
        print(f"release {name}")


async def rows():
    try:
        for i in range(10):
            yield i
    finally:
        print("rows generator closed")


async def main():
    async with transaction("t1") as tx:
        tx["ops"].append("insert")
    print(tx)
    try:
        async with transaction("t2") as tx:
            raise ValueError("constraint violated")
    except ValueError as exc:
        print("propagated:", exc)

    async with aclosing(rows()) as r:
        async for i in r:
            if i == 2:
                break
    print("after aclosing")

    async with AsyncExitStack() as stack:
        txs = [await stack.enter_async_context(transaction(f"s{i}")) for i in range(3)]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback runs first (LIFO)")
        print("opened", [t["name"] for t in txs])
    print("stack closed")


asyncio.run(main())
