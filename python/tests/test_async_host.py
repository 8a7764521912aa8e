"""Awaitable host functions: calls made from several asyncio tasks reach the
host together and are performed concurrently."""

import asyncio
import time

import pyex

GATHER = """
import asyncio, api

async def main():
    return await asyncio.gather(*[api.fetch(i) for i in range(10)])

asyncio.run(main())
"""


def test_gather_of_ten_async_def_host_calls_overlaps():
    async def fetch(i):
        await asyncio.sleep(0.1)
        return i * 2

    started = time.perf_counter()
    source = GATHER + "print(asyncio.run(main()))\n"
    result = pyex.run(source, modules={"api": {"fetch": fetch}})
    elapsed = time.perf_counter() - started
    assert result.stdout == "[0, 2, 4, 6, 8, 10, 12, 14, 16, 18]\n"
    # Two gathers of ten 100 ms calls: about 200 ms, not 2 s.
    assert elapsed < 1.2, elapsed


def test_gather_of_ten_blocking_host_calls_runs_them_in_threads():
    @pyex.awaitable
    def fetch(i):
        time.sleep(0.1)
        return {"id": i}

    started = time.perf_counter()
    result = pyex.run(GATHER + "print(asyncio.run(main())[-1])\n", modules={"api": {"fetch": fetch}})
    elapsed = time.perf_counter() - started
    assert result.stdout == "{'id': 9}\n"
    assert elapsed < 1.2, elapsed


def test_one_gather_of_ten_takes_about_one_call():
    def fetch(i):
        time.sleep(0.1)
        return i

    started = time.perf_counter()
    pyex.run(GATHER, modules={"api": {"fetch": pyex.awaitable(fetch)}})
    assert time.perf_counter() - started < 0.6


def test_async_host_exceptions_and_sync_functions_mix():
    async def fetch(i):
        if i == 3:
            raise KeyError(i)
        return i

    def ping():
        return "pong"

    source = """
import asyncio, api

async def main():
    print(api.ping())
    results = await asyncio.gather(api.fetch(1), api.fetch(3), return_exceptions=True)
    print(results)
    try:
        await api.fetch(3)
    except KeyError as e:
        print("caught", e)

asyncio.run(main())
"""
    result = pyex.run(source, modules={"api": {"fetch": fetch, "ping": ping}})
    assert result.stdout == "pong\n[1, KeyError('3')]\ncaught '3'\n"
