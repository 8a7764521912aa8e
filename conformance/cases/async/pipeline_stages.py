# A three-stage pipeline connected by queues, shut down with sentinels.
import asyncio

DONE = object()


async def read_lines(out):
    lines = ["INFO start", "ERROR disk full", "INFO ok", "WARN slow", "ERROR timeout", "INFO end"]
    for line in lines:
        await asyncio.sleep(0.01)
        await out.put(line)
    await out.put(DONE)


async def parse(inp, out):
    while (line := await inp.get()) is not DONE:
        level, message = line.split(" ", 1)
        await out.put({"level": level, "message": message})
    await out.put(DONE)


async def aggregate(inp):
    counts, errors = {}, []
    while (record := await inp.get()) is not DONE:
        counts[record["level"]] = counts.get(record["level"], 0) + 1
        if record["level"] == "ERROR":
            errors.append(record["message"])
            print("alert:", record["message"])
    return counts, errors


async def main():
    raw, parsed = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    _, _, (counts, errors) = await asyncio.gather(
        read_lines(raw), parse(raw, parsed), aggregate(parsed)
    )
    print("counts:", counts)
    print("errors:", errors)


asyncio.run(main())
