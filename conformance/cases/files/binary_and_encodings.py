# Binary files, text encodings (utf-8, latin-1, ascii) and newline translation.
data = b"\x00\x11\x223DUfw\x88\x99\xaa\xbb\xcc\xdd\xee\xff"
with open("blob.bin", "wb") as f:
    print(f, f.write(data), f.tell())
with open("blob.bin", "rb") as f:
    head = f.read(4)
    print(f, head, len(f.read()), f.read())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(2, 1)
    print(f.read(1))

with open("blob.bin", "ab") as f:
    f.write(b"\xff\xfe")
print(open("blob.bin", "rb").read()[-4:])

try:
    open("blob.bin", "wb").write("text")
except TypeError as e:
    print(e)
try:
    open("blob.bin", "rb", encoding="utf-8")
except ValueError as e:
    print(e)

words = ["café", "naïve", "jalapeño"]
with open("words.txt", "w", encoding="utf-8") as f:
    print(f.encoding, f.write("\n".join(words)))
raw = open("words.txt", "rb").read()
print(raw, len(raw))
with open("words.txt", "w", encoding="latin-1") as f:
    f.write("\n".join(words))
print(open("words.txt", "rb").read())
print(open("words.txt", encoding="latin-1").read().split())
try:
    open("words.txt").read()
except UnicodeDecodeError as e:
    print("decode:", e)
with open("ascii.txt", "w", encoding="ascii") as f:
    f.write("plain ")
    try:
        f.write("fancy é")
    except UnicodeEncodeError as e:
        print("encode:", e)
print(repr(open("ascii.txt").read()))
try:
    open("x.txt", "w", encoding="klingon")
except LookupError as e:
    print(e)

with open("dos.txt", "w", newline="\r\n") as f:
    f.write("one\ntwo\n")
print(open("dos.txt", "rb").read())
print(repr(open("dos.txt").read()), repr(open("dos.txt", newline="").read()))
with open("mac.txt", "wb") as f:
    f.write(b"a\rb\r\nc")
print(open("mac.txt").readlines())
