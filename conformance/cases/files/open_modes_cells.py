# open() modes, encodings, newline handling, seek/tell and readline(s) against the filesystem:
# one labelled line per operation (scripts/gen_builtin_sweep.py style).
def cell(label, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

def write(name, data, mode="w", **kw):
    with open(name, mode, **kw) as f:
        return f.write(data)

def read(name, mode="r", **kw):
    with open(name, mode, **kw) as f:
        return f.read()

cell("w", lambda: write("a.txt", "line1\nline2\n"))
cell("r", lambda: read("a.txt"))
cell("a", lambda: write("a.txt", "line3\n", "a"))
cell("r2", lambda: read("a.txt"))
cell("x exists", lambda: write("a.txt", "z", "x"))
cell("x new", lambda: write("b.txt", "new", "x"))
cell("rb", lambda: read("a.txt", "rb"))
cell("wb", lambda: write("c.bin", b"\x00\x01\xff", "wb"))
cell("rb2", lambda: read("c.bin", "rb"))
cell("wb str", lambda: write("c.bin", "text", "wb"))
cell("w bytes", lambda: write("c.txt", b"bytes"))
cell("missing", lambda: read("nope.txt"))
cell("bad mode", lambda: open("a.txt", "rw"))
cell("bad mode2", lambda: open("a.txt", "z"))
cell("latin-1", lambda: write("l.txt", "café", encoding="latin-1"))
cell("latin-1 bytes", lambda: read("l.txt", "rb"))
cell("utf8 read latin", lambda: read("l.txt"))
cell("latin read", lambda: read("l.txt", encoding="latin-1"))
cell("ascii write", lambda: write("s.txt", "é", encoding="ascii"))
cell("utf8 bytes", lambda: (write("u.txt", "é€"), read("u.txt", "rb"))[1])
cell("crlf write", lambda: write("n.txt", "a\r\nb\rc\n", "wb"))
cell("universal", lambda: read("n.txt"))
cell("newline ''", lambda: read("n.txt", newline=""))
cell("newline crlf", lambda: (write("m.txt", "x\ny\n", newline="\r\n"), read("m.txt", "rb"))[1])
cell("readlines nl''", lambda: open("n.txt", newline="").readlines())
def seektell():
    with open("a.txt") as f:
        out = [f.tell(), f.readline(), f.tell()]
        f.seek(0)
        out.append(f.read(3))
        out.append(f.tell())
        f.seek(0, 2)
        out.append(f.tell())
        out.append(f.read())
        return out
cell("seek/tell", seektell)
def seekb():
    with open("a.txt", "rb") as f:
        f.seek(-6, 2)
        a = f.read()
        f.seek(2)
        f.seek(3, 1)
        return a, f.tell(), f.read(2)
cell("seek rb", seekb)
def rplus():
    with open("a.txt", "r+") as f:
        first = f.readline()
        f.seek(0)
        f.write("LINE")
    return first, read("a.txt")
cell("r+", rplus)
def wplus():
    with open("w.txt", "w+") as f:
        f.write("hello\nworld\n")
        f.seek(0)
        return f.readlines()
cell("w+", wplus)
def aplus():
    with open("w.txt", "a+") as f:
        pos = f.tell()
        f.write("more\n")
        f.seek(0)
        return pos, f.read()
cell("a+", aplus)
def iterate():
    with open("w.txt") as f:
        return [line.rstrip("\n") for line in f]
cell("iter", iterate)
def readline_args():
    with open("w.txt") as f:
        return f.readline(3), f.readline(), f.readline(0), f.readlines(2)
cell("readline n", readline_args)
def closed():
    f = open("w.txt")
    f.close()
    return f.closed, f.read()
cell("closed", closed)
def notwritable():
    with open("w.txt") as f:
        f.write("x")
cell("not writable", notwritable)
def notreadable():
    with open("w.txt", "a") as f:
        f.read()
cell("not readable", notreadable)
cell("name/mode", lambda: (lambda f: (f.name, f.mode, f.closed, f.readable(), f.writable(), f.close()))(open("w.txt", "r")))
cell("binary mode", lambda: (lambda f: (f.mode, f.close()))(open("w.txt", "rb")))
cell("encoding attr", lambda: (lambda f: (f.encoding, f.close()))(open("w.txt", encoding="latin-1")))
cell("writelines", lambda: (open("wl.txt", "w").writelines(["a", "b\n"]), read("wl.txt"))[1])
cell("print file", lambda: (lambda f: (print("x", 1, file=f), f.close(), read("p.txt"))[2])(open("p.txt", "w")))
cell("read size", lambda: (lambda f: (f.read(2), f.read(0), f.read(100), f.read(), f.close()))(open("w.txt")))
cell("enc arg bin", lambda: open("w.txt", "rb", encoding="utf-8"))
cell("newline bin", lambda: open("w.txt", "rb", newline=""))
cell("bad newline", lambda: open("w.txt", newline="x"))
cell("bad encoding", lambda: open("w.txt", encoding="nope"))
cell("errors replace", lambda: read("l.txt", errors="replace"))
cell("utf8 decode err", lambda: read("l.txt", encoding="utf-8"))
cell("truncate", lambda: (lambda f: (f.write("abcdef"), f.seek(2), f.truncate(), f.close(), read("t.txt"))[4])(open("t.txt", "w+")))
