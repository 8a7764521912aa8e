# tell()/seek() on text files: positions are byte offsets in the file, whatever
# the encoding or newline translation, and seek() accepts what tell() returned.

with open("notes.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld\nsecond ünïcode line\nthird\n")
    print("after write:", f.tell())

with open("notes.txt", encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line.rstrip("\n")))
    print(marks)
    f.seek(marks[1][0])
    print(repr(f.readline()))
    f.seek(0)
    print(repr(f.read(3)), f.tell())
    print(f.seek(0, 2), f.tell())

with open("notes.txt", encoding="latin-1") as f:
    first = f.readline()
    print(len(first), f.tell())

with open("notes.txt", "a", encoding="utf-8") as f:
    print("append starts at", f.tell())
    f.write("é\n")
    print("append ends at", f.tell())

with open("dos.txt", "w", newline="\r\n") as f:
    f.write("alpha\nbeta\ngamma\n")
    print("dos size:", f.tell())

with open("dos.txt") as f:
    spots = []
    for _ in range(3):
        spots.append(f.tell())
        f.readline()
    print(spots, f.tell())
    f.seek(spots[2])
    print(repr(f.readline()))

with open("dos.txt", "rb") as f:
    print(f.read(), f.tell())

f = open("notes.txt", encoding="utf-8")
print(repr(next(f)))
try:
    f.tell()
except OSError as e:
    print("OSError:", e)
f.close()
