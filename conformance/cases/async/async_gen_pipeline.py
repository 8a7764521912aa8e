# Composable async generator stages: source -> filter -> map -> take, with cleanup.
import asyncio
from contextlib import aclosing


async def sensor_readings(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield {"seq": i, "temp": 18 + (i * 7) % 11}
    finally:
        print("sensor closed")


async def only_warm(readings, threshold):
    async with aclosing(readings):
        async for r in readings:
            if r["temp"] >= threshold:
                yield r


async def to_fahrenheit(readings):
    async with aclosing(readings):
        async for r in readings:
            yield r["seq"], round(r["temp"] * 9 / 5 + 32, 1)


async def take(aiterable, n):
    taken = 0
    async with aclosing(aiterable):
        async for item in aiterable:
            yield item
            taken += 1
            if taken == n:
                return


async def main():
    stream = take(to_fahrenheit(only_warm(sensor_readings(50), 24)), 4)
    async for seq, temp in stream:
        print(f"reading {seq}: {temp}F")
    await stream.aclose()
    print("warm count:", len([r async for r in only_warm(sensor_readings(12), 22)]))
    async for value in take(sensor_readings(3), 10):
        print("value", value["seq"])
    else:
        print("async for else runs when the loop is exhausted")


asyncio.run(main())
