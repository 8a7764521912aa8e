"""Awaitable host functions: calls made from several asyncio tasks reach the
host together and are performed concurrently."""

import asyncio
import time

import pyex

GATHER = """
import asyncio, api

async def main():
    return await asyncio.gather(*[api.fetch(i) for i in range(10)])

print(asyncio.run(main()))
"""


class Intervals:
    """When each host call started and ended. Ten calls performed one after
    another would have one starting only after another had ended; performed
    concurrently, every call starts before the first one ends."""

    def __init__(self):
        self.calls = []

    def record(self, started):
        self.calls.append((started, time.monotonic()))

    def all_in_flight_at_once(self):
        assert len(self.calls) == 10, self.calls
        return max(s for s, _ in self.calls) < min(e for _, e in self.calls)


def test_gather_of_ten_async_def_host_calls_overlaps():
    intervals = Intervals()

    async def fetch(i):
        started = time.monotonic()
        await asyncio.sleep(0.1)
        intervals.record(started)
        return i * 2

    result = pyex.run(GATHER, modules={"api": {"fetch": fetch}})
    assert result.stdout == "[0, 2, 4, 6, 8, 10, 12, 14, 16, 18]\n"
    assert intervals.all_in_flight_at_once()


def test_gather_of_ten_blocking_host_calls_runs_them_in_threads():
    intervals = Intervals()

    @pyex.awaitable
    def fetch(i):
        started = time.monotonic()
        time.sleep(0.1)
        intervals.record(started)
        return {"id": i}

    source = GATHER.replace("print(asyncio.run(main()))", "print(asyncio.run(main())[-1])")
    result = pyex.run(source, modules={"api": {"fetch": fetch}})
    assert result.stdout == "{'id': 9}\n"
    assert intervals.all_in_flight_at_once()


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
