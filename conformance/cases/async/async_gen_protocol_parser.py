# A line protocol parser as an async generator driven with asend(): it accumulates
# chunks and yields complete frames.
import asyncio


async def framer():
    buffer = ""
    frames = []
    while True:
        chunk = yield frames
        frames = []
        if chunk is None:
            continue
        await asyncio.sleep(0)
        buffer += chunk
        while "\n" in buffer:
            line, buffer = buffer.split("\n", 1)
            frames.append(line.upper())


async def main():
    parser = framer()
    await parser.asend(None)
    chunks = ["PI", "NG\nHEL", "LO wor", "ld\n", "\n", "partial"]
    for chunk in chunks:
        frames = await parser.asend(chunk)
        print(f"{chunk!r:12} -> {frames}")
    print(await parser.asend(None))
    await parser.aclose()
    try:
        await parser.asend("more")
    except StopAsyncIteration:
        print("parser closed")


asyncio.run(main())
