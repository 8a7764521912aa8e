# Coroutine objects driven by hand: send/throw/close, types, and iscoroutine checks.
import asyncio
import types


class Pause:
    def __await__(self):
        received = yield "paused"
        return received


async def conversation():
    first = await Pause()
    print("coroutine got", first)
    second = await Pause()
    return first + second


async def plain():
    return "plain"


def main():
    coro = conversation()
    print(type(coro).__name__, isinstance(coro, types.CoroutineType))
    print(repr(coro).startswith("<coroutine object conversation at 0x"))
    print(coro.send(None))
    print(coro.send(10))
    try:
        coro.send(32)
    except StopIteration as stop:
        print("returned", stop.value)

    coro = conversation()
    coro.send(None)
    try:
        coro.throw(KeyError("injected"))
    except KeyError as exc:
        print("throw propagated:", exc)

    coro = plain()
    coro.close()
    print("closed without running")
    unused = plain()
    print(asyncio.iscoroutine(unused), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(main))
    unused.close()
    print(plain.__name__, plain.__qualname__)


main()
