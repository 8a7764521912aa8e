import asyncio

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()

INVENTORY = {"apples": 3, "pears": 0, "plums": 7}


async def lookup(name):
    await asyncio.sleep(0.01)
    if name not in INVENTORY:
        raise KeyError(name)
    return INVENTORY[name]


async def countdown(n, label):
    for i in range(n, 0, -1):
        await asyncio.sleep(0)
        yield f"{label}: {i}\n"
    yield f"{label}: liftoff\n"


@app.get("/countdown/{n}")
async def count(n: int, label: str = "T"):
    return StreamingResponse(countdown(n, label), media_type="text/plain")


@app.get("/stock")
async def stock(names: str):
    wanted = names.split(",")
    results = await asyncio.gather(*[lookup(n) for n in wanted], return_exceptions=True)
    report = {}
    for name, result in zip(wanted, results):
        report[name] = "unknown" if isinstance(result, KeyError) else result
    return {"report": report, "in_stock": sorted(n for n, r in report.items() if r not in (0, "unknown"))}


async def csv_rows():
    yield "name,count\n"
    for name in sorted(INVENTORY):
        await asyncio.sleep(0.001)
        yield f"{name},{INVENTORY[name]}\n"


@app.get("/export.csv")
async def export():
    return StreamingResponse(csv_rows(), media_type="text/csv",
                             headers={"Content-Disposition": "attachment; filename=stock.csv"})


@app.get("/slow")
async def slow(timeout: float = 1.0):
    try:
        async with asyncio.timeout(timeout):
            await asyncio.sleep(0.05)
            return {"finished": True}
    except TimeoutError:
        return {"finished": False, "timeout": timeout}
