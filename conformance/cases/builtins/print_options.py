# print() with sep, end, flush, multiple arguments, file=sys.stderr and objects with __str__.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued", end="!\n")
print()
print(*range(5), sep=", ")
print(*"abc", sep="|", end="\n\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" ; ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)


class Item:
    def __str__(self):
        return "Item<str>"

    def __repr__(self):
        return "Item<repr>"


print(Item(), [Item()], (Item(),), sep=" / ")
rows = [("id", "name"), (1, "ann"), (22, "bob")]
for r in rows:
    print(*r, sep="\t")
print("done", file=sys.stdout)
sys.stdout.write("written directly\n")
sys.stderr.write("error line\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("bad end", end=1)
