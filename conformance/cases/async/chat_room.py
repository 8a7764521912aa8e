# A chat room: each client has an inbox queue; messages are broadcast to everyone else.
import asyncio


class Room:
    def __init__(self):
        self.inboxes = {}

    def join(self, name):
        self.inboxes[name] = asyncio.Queue()
        self.broadcast("server", f"{name} joined")
        return self.inboxes[name]

    def leave(self, name):
        del self.inboxes[name]
        self.broadcast("server", f"{name} left")

    def broadcast(self, sender, text):
        for name, inbox in self.inboxes.items():
            if name != sender:
                inbox.put_nowait(f"[{sender}] {text}")


async def client(room, name, script, transcript):
    inbox = room.join(name)
    for delay, text in script:
        await asyncio.sleep(delay)
        room.broadcast(name, text)
    await asyncio.sleep(0.5)
    while not inbox.empty():
        transcript.append(f"{name} <- {inbox.get_nowait()}")
    room.leave(name)


async def main():
    room = Room()
    transcript = []
    await asyncio.gather(
        client(room, "ada", [(0.1, "hi all"), (0.2, "anyone here?")], transcript),
        client(room, "bob", [(0.15, "hello ada")], transcript),
        client(room, "cy", [(0.05, "morning"), (0.3, "bye soon")], transcript),
    )
    for line in transcript:
        print(line)
    print("room empty:", not room.inboxes)


asyncio.run(main())
