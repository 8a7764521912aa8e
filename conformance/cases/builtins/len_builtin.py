# len() over every sized builtin and user classes, and the errors for unsized objects.
values = ["héllo", b"bytes", bytearray(3), [1, 2], (1,), {"a": 1, "b": 2}, {1, 2, 3}, frozenset(), range(0, 100, 7), "", {}.keys(), {"x": 1}.items(), memoryview(b"abcd")]
for v in values:
    print(f"{type(v).__name__:>12}: {len(v)}")


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)


p = Playlist("a", "b", "c")
print(len(p), bool(p), len(Playlist()), bool(Playlist()))
print(len(range(10**15)), len("🐍🐍"), len("🐍".encode()), len([[]] * 4), len(str(2**100)))


class Huge:
    def __len__(self):
        return 2**70


for bad in [5, 2.5, None, iter([1]), (x for x in "ab"), len]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    len(Huge())
except OverflowError as exc:
    print("OverflowError:", exc)
