# Async comprehensions: async for in list/set/dict comprehensions, await in the element,
# and async generator expressions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def main():
    print([x async for x in numbers(5) if x % 2 == 0])
    print({x % 3 async for x in numbers(10)})
    print({x: await double(x) async for x in numbers(4)})
    print([await double(x) for x in range(3)])
    print([(x, y) async for x in numbers(3) for y in range(x)])

    gen = (x * 10 async for x in numbers(4))
    print(type(gen).__name__)
    print([v async for v in gen])

    pairs = [await asyncio.sleep(0, result=(i, c)) for i, c in enumerate("abc")]
    print(pairs)

    nested = [[y async for y in numbers(x)] async for x in numbers(4)]
    print(nested)
    total = sum([x async for x in numbers(101)])
    print("sum:", total)


asyncio.run(main())
