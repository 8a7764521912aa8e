"""How the binding performs host calls a program makes from several asyncio
tasks at once (`Outcome::HostCalls`): all together, so the waits overlap.

`run_batch` takes `[(callable, args, kwargs)]` and returns one `(True, value)`
or `(False, exception)` per call, in order. `async def` callables run on one
asyncio loop; plain callables (marked with `pyex.awaitable`) each run in a
worker thread (the GIL is released while they wait on I/O or sleep).
"""

import asyncio
import concurrent.futures
import functools
import inspect


def awaitable(function):
    """Marks a plain host function as awaitable for the program: `await
    mod.f(x)` in tasks of a running asyncio loop, performed concurrently with
    the other tasks' calls (in a worker thread). `async def` functions are
    awaitable without the mark."""
    function.__pyex_async__ = True
    return function


def is_async(function):
    """Whether the program sees `function` as an `async def`."""
    return inspect.iscoroutinefunction(function) or bool(
        getattr(function, "__pyex_async__", False)
    )


async def _one(function, args, kwargs):
    if inspect.iscoroutinefunction(function):
        return await function(*args, **kwargs)
    result = await asyncio.get_running_loop().run_in_executor(
        None, functools.partial(function, *args, **kwargs)
    )
    if inspect.isawaitable(result):
        result = await result
    return result


async def _all(jobs):
    loop = asyncio.get_running_loop()
    loop.set_default_executor(
        concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(64, len(jobs))))
    )
    return await asyncio.gather(*(_one(*job) for job in jobs), return_exceptions=True)


def run_batch(jobs):
    """Performs every job concurrently; `(ok, value or exception)` per job."""
    try:
        asyncio.get_running_loop()
        in_loop = True
    except RuntimeError:
        in_loop = False
    if in_loop:
        # Called from a host that is itself inside a loop: use a fresh thread.
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            results = pool.submit(asyncio.run, _all(jobs)).result()
    else:
        results = asyncio.run(_all(jobs))
    return [
        (False, r) if isinstance(r, BaseException) else (True, r) for r in results
    ]
