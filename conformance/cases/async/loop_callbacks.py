# Low-level loop API: call_soon / call_later / call_at ordering, Handle.cancel, loop.time.
import asyncio


def log(msg, out):
    out.append(msg)


async def main():
    loop = asyncio.get_running_loop()
    out = []
    start = loop.time()
    loop.call_later(0.3, log, "later 0.3", out)
    loop.call_later(0.1, log, "later 0.1", out)
    loop.call_soon(log, "soon 1", out)
    h = loop.call_later(0.2, log, "cancelled", out)
    loop.call_at(start + 0.2, log, "at +0.2", out)
    loop.call_soon(log, "soon 2", out)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0)
    print(out)
    await asyncio.sleep(0.5)
    print(out)
    print("elapsed:", round(loop.time() - start, 1))

    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "from a callback")
    fut.add_done_callback(lambda f: print("done callback saw:", f.result()))
    print(await fut)
    await asyncio.sleep(0)
    print("loop running:", loop.is_running(), "closed:", loop.is_closed())


asyncio.run(main())
