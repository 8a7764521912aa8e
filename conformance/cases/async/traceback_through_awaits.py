# A traceback formatted inside a coroutine shows the whole chain of awaits.
import asyncio
import traceback


async def parse(payload):
    await asyncio.sleep(0)
    return int(payload["count"])


async def handle(payload):
    value = await parse(payload)
    return 100 // value


async def main():
    for payload in [{"count": "4"}, {"count": "zero"}, {"count": "0"}, {}]:
        try:
            print("result:", await handle(payload))
        except Exception:
            lines = traceback.format_exc().splitlines()
            print("\n".join(lines[-3:]))
            print("frames:", [l.strip().split(", in ")[-1] for l in lines if l.strip().startswith("File")])


asyncio.run(main())
