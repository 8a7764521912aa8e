# Two coroutines alternate strictly through a pair of queues.
import asyncio


async def player(name, inbox, outbox, rounds, log):
    for _ in range(rounds):
        ball = await inbox.get()
        log.append(f"{name} hits ball {ball}")
        await asyncio.sleep(0.01)
        await outbox.put(ball + 1)


async def main():
    to_ping, to_pong = asyncio.Queue(), asyncio.Queue()
    log = []
    await to_ping.put(0)
    await asyncio.gather(
        player("ping", to_ping, to_pong, 4, log),
        player("pong", to_pong, to_ping, 4, log),
    )
    print("\n".join(log))
    print("ball ends at", to_ping.get_nowait())


asyncio.run(main())
