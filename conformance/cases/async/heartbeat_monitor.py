# A monitor waits for heartbeats with a timeout and reports the missed ones.
import asyncio


async def service(beat, schedule):
    for delay in schedule:
        await asyncio.sleep(delay)
        beat.set()


async def monitor(beat, interval, checks):
    missed, seen = 0, 0
    for i in range(checks):
        try:
            await asyncio.wait_for(beat.wait(), timeout=interval)
            seen += 1
            print(f"check {i}: alive")
        except asyncio.TimeoutError:
            missed += 1
            print(f"check {i}: missed heartbeat ({missed} in a row)")
            if missed == 2:
                print("service declared dead")
                break
            continue
        finally:
            beat.clear()
        missed = 0
    return seen


async def main():
    beat = asyncio.Event()
    svc = asyncio.create_task(service(beat, [0.2, 0.3, 1.3, 0.2, 2.5]))
    seen = await monitor(beat, interval=1.0, checks=8)
    print("heartbeats seen:", seen)
    svc.cancel()


asyncio.run(main())
