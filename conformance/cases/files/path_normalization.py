# Paths written many ways reach the same files; errors name the path as given.
import os

os.makedirs("data/raw", exist_ok=True)
with open("./data//raw/../raw/a.txt", "w") as f:
    f.write("alpha\n")
with open("data/raw/b.txt", "w") as f:
    f.write("beta\n")

for spelling in ["data/raw/a.txt", "./data/raw/a.txt", "data/./raw/a.txt",
                 "data/raw/../raw/a.txt", "data//raw///a.txt"]:
    with open(spelling) as f:
        print(f"{spelling!r:28} -> {f.read().strip()}")

print(sorted(os.listdir("data/raw")), sorted(os.listdir("./data/raw/.")))
print(os.path.normpath("data/raw/../raw/./b.txt"), os.path.exists("data/raw/../raw/b.txt"))

def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, repr(e.filename))

attempt("missing", lambda: open("data/raw/missing.txt"))
attempt("missing dir", lambda: open("nowhere/x.txt", "w"))
attempt("is a dir", lambda: open("data/raw"))
attempt("mkdir twice", lambda: os.mkdir("data"))
attempt("not a dir", lambda: os.listdir("data/raw/a.txt"))
attempt("rmdir non-empty", lambda: os.rmdir("data/raw"))
attempt("remove missing", lambda: os.remove("data/raw/c.txt"))
attempt("rename", lambda: os.rename("data/raw/b.txt", "data/b2.txt"))
print(sorted(os.listdir("data")), os.path.getsize("data/b2.txt"))
