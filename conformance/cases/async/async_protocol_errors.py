# Protocol errors of async for / async with / await / anext / aiter, with CPython's messages.
import asyncio
class A:
    def __aiter__(self): return self
    def __anext__(self): return 5
class B:
    def __aiter__(self): return 5
class C:
    def __await__(self): return 5
class D:
    async def __aenter__(self): return 1
class E:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def main():
    for cls in (A, B):
        try:
            async for x in cls(): pass
        except TypeError as e: print(e)
    try:
        await C()
    except TypeError as e: print(e)
    try:
        async with D(): pass
    except TypeError as e: print(e)
    try:
        async with E(): pass
    except TypeError as e: print(e)
    async def g(): yield 1
    a = g()
    try:
        await anext(a, 1, 2)
    except TypeError as e: print(e)
    try:
        anext(5)
    except TypeError as e: print(e)
    try:
        aiter(5)
    except TypeError as e: print(e)
    x = a.asend(None)
    print(await x)
    try:
        await x
    except RuntimeError as e: print(e)
asyncio.run(main())
