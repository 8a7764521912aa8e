# async with: __aenter__/__aexit__ on classes, exceptions passed to __aexit__, suppression,
# return/break inside the block, and several managers in one statement.
import asyncio


class Connection:
    opened = []

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        Connection.opened.append(self.name)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        Connection.opened.remove(self.name)
        outcome = exc_type.__name__ if exc_type else "ok"
        print(f"close {self.name} ({outcome})")
        return self.suppress

    async def query(self, sql):
        await asyncio.sleep(0.01)
        if "DROP" in sql:
            raise PermissionError(sql)
        return f"{self.name}: {sql}"


async def first_row(name):
    async with Connection(name) as conn:
        return await conn.query("SELECT 1")


async def main():
    async with Connection("db") as conn, Connection("cache") as cache:
        print(await conn.query("SELECT *"), "|", await cache.query("GET k"))
    try:
        async with Connection("admin") as conn:
            await conn.query("DROP TABLE users")
    except PermissionError as exc:
        print("denied:", exc)
    async with Connection("lenient", suppress=True) as conn:
        await conn.query("DROP INDEX x")
        print("not reached")
    print("suppressed, still open:", Connection.opened)
    print(await first_row("replica"))
    for attempt in range(3):
        async with Connection(f"try{attempt}"):
            if attempt == 1:
                break
    print("open after break:", Connection.opened)


asyncio.run(main())
