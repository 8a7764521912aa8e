# A file-like text buffer used with with: write/writelines, closing on exit, errors after close.
class TextBuffer:
    def __init__(self, name):
        self.name = name
        self.parts = []
        self.closed = False

    def write(self, text):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        self.parts.append(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        return "".join(self.parts)

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


with TextBuffer("report.txt") as out:
    n = out.write("Header\n")
    out.writelines(f"row {i}\n" for i in range(3))
    print("wrote", n, "chars first; closed inside?", out.closed)
print("closed after?", out.closed)
print(out.getvalue(), end="")
print(repr(out.getvalue()), len(out.getvalue().splitlines()))
buffers = []
for name in ("a", "b"):
    with TextBuffer(name) as b:
        b.write(name * 3)
        buffers.append(b)
print([(b.name, b.getvalue(), b.closed) for b in buffers])
print("data", file=None)
try:
    out.write("late")
except ValueError as exc:
    print("ValueError:", exc)
