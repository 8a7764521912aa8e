# A loop exception handler receives errors from callbacks; the loop keeps running.
import asyncio

errors = []


def handler(loop, context):
    errors.append(repr(context.get("exception")))


def flaky_callback(n):
    if n % 2:
        raise ValueError(f"odd value {n}")
    print("callback ok", n)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    for n in range(4):
        loop.call_soon(flaky_callback, n)
    loop.call_later(0.1, flaky_callback, 5)
    await asyncio.sleep(0.2)
    print("errors:", errors)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(42)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
