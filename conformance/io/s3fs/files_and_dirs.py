# Files and directories through open(), os and pathlib: modes, listing, renaming, removing.
import os
from pathlib import Path

os.mkdir("reports")
os.makedirs("reports/2024/q1", exist_ok=True)
with open("reports/2024/q1/jan.txt", "w") as f:
    f.write("January\nsales: 10\n")
with open("reports/2024/q1/feb.txt", "w") as f:
    print("February", file=f)
    f.writelines(["sales: 12\n", "returns: 1\n"])
with open("reports/2024/q1/feb.txt", "a") as f:
    f.write("note: appended\n")
print(sorted(os.listdir("reports/2024/q1")))
print(sorted(os.listdir("reports")), [n for n in sorted(os.listdir(".")) if n != "main.py"])
with open("reports/2024/q1/feb.txt") as f:
    for line in f:
        print(line.rstrip())
with open("reports/2024/q1/jan.txt") as f:
    print(f.readline(), end="")
    print(f.readlines())

p = Path("reports") / "summary.md"
p.write_text("# Summary\n\nTwo months.\n")
print(p.read_text().splitlines()[0], p.exists(), p.is_file(), p.parent.is_dir())
print(sorted(q.name for q in Path("reports/2024/q1").iterdir()))

with open("data.bin", "wb") as f:
    f.write(bytes(range(8)))
with open("data.bin", "rb") as f:
    print(f.read(3), f.read())
with open("data.bin", "ab") as f:
    f.write(b"\xff")
print(open("data.bin", "rb").read())

os.rename("reports/2024/q1/jan.txt", "reports/2024/q1/january.txt")
print(sorted(os.listdir("reports/2024/q1")))
print(os.stat("reports/2024/q1/january.txt").st_size)

try:
    open("data.bin", "x")
except FileExistsError as e:
    print("exists:", e)
try:
    os.listdir("nowhere")
except FileNotFoundError as e:
    print("missing:", e)
try:
    os.rmdir("reports/2024")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open("reports")
except IsADirectoryError as e:
    print("dir:", e)
try:
    os.remove("ghost.txt")
except FileNotFoundError as e:
    print("remove:", e)

f = open("notes.txt", "w")
print(f.writable(), f.readable(), f.name, f.mode, f.closed)
f.write("draft")
f.close()
print(f.closed, open("notes.txt").read())
try:
    f.write("more")
except ValueError as e:
    print(e)
try:
    open("notes.txt").write("x")
except Exception as e:
    print(type(e).__name__, e)

os.remove("notes.txt")
os.remove("data.bin")
for name in sorted(os.listdir("reports/2024/q1")):
    os.remove(os.path.join("reports/2024/q1", name))
os.rmdir("reports/2024/q1")
print(sorted(os.listdir("reports")), os.path.isdir("reports/2024/q1"))
