# open() modes and the errors CPython raises for bad modes, missing files and wrong operations.
import io

with open("config.ini", "w") as f:
    f.writelines(["[main]\n", "debug = true\n", "level = 3\n"])

for mode in ["r", "rt", "r+"]:
    with open("config.ini", mode) as f:
        print(mode, f.mode, f.readable(), f.writable(), f.seekable(), len(f.read()))

for bad in ["z", "rw", "rbt", "wx", ""]:
    try:
        open("config.ini", bad)
    except ValueError as e:
        print(f"mode {bad!r}:", e)

try:
    open("missing.cfg")
except FileNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, OSError))

try:
    open("config.ini", "x")
except FileExistsError as e:
    print(type(e).__name__, e)

with open("new.txt", "x") as f:
    f.write("created exclusively")
print(open("new.txt").read())

f = open("config.ini")
try:
    f.write("oops")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
f.close()
for name, action in (("read", f.read), ("readline", f.readline), ("tell", f.tell)):
    try:
        action()
    except ValueError as e:
        print(name, "->", e)

w = open("out.txt", "w")
try:
    w.read()
except io.UnsupportedOperation as e:
    print("read on write-only:", e)
try:
    w.write(42)
except TypeError as e:
    print(e)
w.close()

try:
    open(42.5)
except TypeError as e:
    print(e)

with open("config.ini", "r+") as f:
    f.seek(7)
    f.write("DEBUG")
    f.seek(0)
    print(f.readline().strip(), f.readline().strip())
open("config.ini", "w").write("unclosed write still lands\n")
print(open("config.ini").read(), end="")
open("config.ini").write("fails")
