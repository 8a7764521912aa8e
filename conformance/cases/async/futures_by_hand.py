# asyncio.Future used directly: results, exceptions, cancellation, callbacks, InvalidStateError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)

    def report(f):
        if f.cancelled():
            print("callback: cancelled")
        elif f.exception() is not None:
            print("callback: exception", repr(f.exception()))
        else:
            print("callback: result", f.result())

    fut.add_done_callback(report)
    loop.call_later(0.1, fut.set_result, {"status": "ok"})
    print("awaited:", await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError:
        print("cannot set a result twice")

    failing = loop.create_future()
    failing.add_done_callback(report)
    failing.set_exception(ValueError("bad payload"))
    try:
        await failing
    except ValueError as exc:
        print("awaiting raised:", exc)

    cancelled = loop.create_future()
    cancelled.add_done_callback(report)
    print("cancel:", cancelled.cancel("stop"))
    try:
        await cancelled
    except asyncio.CancelledError as exc:
        print("CancelledError args:", exc.args)
    print("isfuture:", asyncio.isfuture(fut), asyncio.isfuture(42))
    removed = loop.create_future()
    removed.add_done_callback(report)
    print("removed callbacks:", removed.remove_done_callback(report))
    removed.set_result(1)
    await asyncio.sleep(0)


asyncio.run(main())
