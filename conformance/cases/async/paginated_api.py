# An async iterator over a paginated API: fetches pages lazily, one request per page.
import asyncio

DATABASE = [f"record-{i:02d}" for i in range(23)]
requests = []


async def api_page(cursor, size):
    requests.append(cursor)
    await asyncio.sleep(0.05)
    items = DATABASE[cursor:cursor + size]
    next_cursor = cursor + size if cursor + size < len(DATABASE) else None
    return {"items": items, "next": next_cursor}


class Paginator:
    def __init__(self, size):
        self.size = size
        self.buffer = []
        self.cursor = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.buffer:
            if self.cursor is None:
                raise StopAsyncIteration
            page = await api_page(self.cursor, self.size)
            self.buffer = page["items"]
            self.cursor = page["next"]
        return self.buffer.pop(0)


async def main():
    first_seven = []
    async for record in Paginator(5):
        first_seven.append(record)
        if len(first_seven) == 7:
            break
    print(first_seven, "requests:", requests)
    requests.clear()
    everything = [r async for r in Paginator(10)]
    print(len(everything), everything[-1], "requests:", requests)


asyncio.run(main())
