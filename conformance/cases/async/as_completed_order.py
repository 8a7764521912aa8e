# as_completed yields awaitables in completion order; a timeout raises TimeoutError.
import asyncio


async def fetch_price(symbol, latency):
    await asyncio.sleep(latency)
    if symbol == "ERR":
        raise LookupError(f"unknown symbol {symbol}")
    return symbol, round(100 * latency, 2)


async def main():
    quotes = {"AAPL": 0.3, "MSFT": 0.1, "GOOG": 0.2, "AMZN": 0.05}
    coros = [fetch_price(s, l) for s, l in quotes.items()]
    for i, next_done in enumerate(asyncio.as_completed(coros), 1):
        symbol, price = await next_done
        print(f"{i}. {symbol} {price}")

    coros = [fetch_price("ERR", 0.1), fetch_price("IBM", 0.2)]
    for next_done in asyncio.as_completed(coros):
        try:
            print("got", await next_done)
        except LookupError as exc:
            print("error:", exc)

    slow = [fetch_price("SLOW", 1), fetch_price("QUICK", 0.1)]
    received = []
    try:
        for next_done in asyncio.as_completed(slow, timeout=0.5):
            received.append(await next_done)
    except asyncio.TimeoutError:
        print("timed out with", received)


asyncio.run(main())
