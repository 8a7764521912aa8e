# iter(callable, sentinel): reading chunks from a fake stream until an empty result or a marker.
class Stream:
    def __init__(self, data, chunk):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.reads = 0

    def read(self):
        self.reads += 1
        piece = self.data[self.pos : self.pos + self.chunk]
        self.pos += len(piece)
        return piece


s = Stream("the quick brown fox", 5)
chunks = list(iter(s.read, ""))
print(chunks, s.reads)
tokens = iter(["start", "a", "b", "END", "c"])
print(list(iter(lambda: next(tokens), "END")), list(tokens))
counter = 0


def tick():
    global counter
    counter += 1
    return counter


print(list(iter(tick, 5)))
rolls = iter([3, 6, 2, 6, 6, 1])
before_six = []
for r in iter(lambda: next(rolls), 6):
    before_six.append(r)
print(before_six, next(rolls))
lines = ["config a", "config b", "", "body"]
reader = iter(lines)
header = list(iter(reader.__next__, ""))
print(header, list(reader))
try:
    iter(5, None)
except TypeError as e:
    print("TypeError:", e)
empty = iter([])
print(list(iter(lambda: next(empty), "never")))
