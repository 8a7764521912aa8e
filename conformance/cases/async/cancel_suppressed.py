# A task may catch CancelledError and finish normally; cancel(msg) carries a message.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as exc:
        print("stubborn caught:", exc.args)
        return "finished anyway"


async def polite():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as exc:
        print("polite caught:", exc.args)
        raise


async def main():
    s = asyncio.create_task(stubborn())
    p = asyncio.create_task(polite())
    await asyncio.sleep(0)
    s.cancel()
    p.cancel("shutting down")
    print("stubborn cancelling count:", s.cancelling())
    print("stubborn result:", await s, "cancelled:", s.cancelled())
    try:
        await p
    except asyncio.CancelledError as exc:
        print("polite raised:", repr(exc))
    print("polite cancelled:", p.cancelled())

    async def never_started():
        print("this never prints")

    t = asyncio.create_task(never_started())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before its first step")


asyncio.run(main())
