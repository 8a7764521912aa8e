# The walrus operator in while conditions: consuming chunks, queues and retries without priming reads.
class Source:
    def __init__(self, text, size):
        self.text, self.size, self.pos = text, size, 0

    def read(self):
        chunk = self.text[self.pos : self.pos + self.size]
        self.pos += self.size
        return chunk


src = Source("abcdefghijklmnopq", 5)
chunks = []
while chunk := src.read():
    chunks.append(chunk.upper())
print(chunks)
queue = [3, 1, 4, 1, 5]
processed = []
while queue and (item := queue.pop(0)) != 4:
    processed.append(item)
print(processed, queue, item)
attempts = 0


def try_connect():
    global attempts
    attempts += 1
    return "connected" if attempts >= 3 else None


while (status := try_connect()) is None:
    print("retry", attempts)
print(status, attempts)
n = 27
steps = 0
while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
    steps += 1
print("collatz steps", steps + 1)
lines = iter(["key=value", "name=ann", "", "ignored"])
pairs = {}
while line := next(lines):
    k, v = line.split("=")
    pairs[k] = v
print(pairs)
while (value := int("not a number")) > 0:
    pass
