async def stream(items):
    yield from items
