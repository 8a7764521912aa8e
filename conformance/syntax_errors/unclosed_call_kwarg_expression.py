import asyncio


async def main():
    task = asyncio.create_task(worker()=
    try:
        await task
    finally:
        pass
