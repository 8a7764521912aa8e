# A dashboard that queries several weather providers per city, keeps the fastest
# valid answer, and renders a table; slow providers are cancelled.
import asyncio
from dataclasses import dataclass

PROVIDERS = {
    "sunny.io": {"latency": 0.3, "bias": 0.5},
    "cloudcast": {"latency": 0.1, "bias": -0.2},
    "meteo.local": {"latency": 0.2, "bias": 0.0},
}
BROKEN = {("cloudcast", "Oslo")}
TRUE_TEMP = {"Lisbon": 21.4, "Oslo": 3.2, "Cairo": 33.9}


@dataclass
class Reading:
    city: str
    provider: str
    celsius: float


async def query(provider, city):
    await asyncio.sleep(PROVIDERS[provider]["latency"] * (1 + len(city) / 20))
    if (provider, city) in BROKEN:
        raise ValueError(f"{provider} has no data for {city}")
    return Reading(city, provider, round(TRUE_TEMP[city] + PROVIDERS[provider]["bias"], 1))


async def fastest(city):
    tasks = [asyncio.create_task(query(p, city)) for p in PROVIDERS]
    try:
        for next_done in asyncio.as_completed(tasks):
            try:
                return await next_done
            except ValueError as exc:
                print("skip:", exc)
        raise LookupError(city)
    finally:
        for t in tasks:
            t.cancel()


async def main():
    readings = await asyncio.gather(*(fastest(c) for c in TRUE_TEMP))
    print(f"{'city':8}|{'provider':12}|{'temp':>6}")
    for r in readings:
        print(f"{r.city:8}|{r.provider:12}|{r.celsius:6.1f}")
    warmest = max(readings, key=lambda r: r.celsius)
    print("warmest:", warmest)


asyncio.run(main())
