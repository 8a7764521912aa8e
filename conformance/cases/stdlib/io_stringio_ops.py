# A tiny log buffer on io.StringIO: write, seek, tell, readline, truncate, iteration and errors.
import io

buf = io.StringIO()
n = buf.write("INFO start\n")
n += buf.write("WARN disk 91%\n")
print(n, buf.tell(), repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), buf.tell(), repr(buf.read(4)), repr(buf.read()))
print(repr(buf.read()), repr(buf.readline()))
buf.seek(5)
buf.write("BOOT ")
print(repr(buf.getvalue()))
buf.seek(0)
print([line.rstrip() for line in buf])
buf.seek(0, io.SEEK_END)
buf.write("ERROR boom\n")
buf.seek(0)
print(buf.readlines())
buf.truncate(11)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
buf.truncate()
print(repr(buf.getvalue()), buf.seekable(), buf.readable(), buf.writable())

src = io.StringIO("alpha\nbeta\r\ngamma")
print(src.readlines(), io.StringIO("x\ny").readline(), io.StringIO("a\nb\n").readlines(1))
print(repr(io.StringIO("abc", newline=None).read()), repr(io.StringIO("a\r\nb", newline=None).read()))
with io.StringIO("ctx") as s:
    print(s.read(), s.closed)
print(s.closed)
for action in [lambda: s.read(), lambda: s.getvalue(), lambda: io.StringIO(5),
               lambda: io.StringIO().write(b"x"), lambda: io.StringIO("a").seek(-1),
               lambda: io.StringIO("a").seek(1, 1)]:
    try:
        action()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)

out = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=out)
print(3.5, None, file=out)
print(repr(out.getvalue()))
lines = io.StringIO()
lines.writelines(["a\n", "b\n"])
print(repr(lines.getvalue()), isinstance(lines, io.TextIOBase), isinstance(lines, io.IOBase))
print(io.StringIO("x").write(""), io.StringIO("abc").read(-1), io.StringIO("abc").read(None))
