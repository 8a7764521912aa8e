# Build a small project tree with os and os.path, walk it, move files around and report errors.
import os
import os.path
from os.path import basename, dirname, join, splitext

layout = {
    "src/app.py": "print('app')\n",
    "src/util/strings.py": "def shout(s):\n    return s.upper()\n",
    "docs/readme.md": "# Project\n",
    "data/raw/2024.csv": "a,b\n1,2\n",
}
for path, content in layout.items():
    os.makedirs(dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(content)

print(sorted(os.listdir(".")), sorted(os.listdir("src")))
for root, dirs, files in os.walk("."):
    dirs.sort()
    print(root, dirs, sorted(files))

sizes = {}
for root, _, files in os.walk("src"):
    for name in files:
        full = join(root, name)
        sizes[full] = os.path.getsize(full)
print(sizes, sum(sizes.values()))

by_ext = {}
for path in layout:
    stem, ext = splitext(basename(path))
    by_ext.setdefault(ext, []).append(stem)
print(by_ext)
print(os.path.exists("docs/readme.md"), os.path.isfile("docs"), os.path.isdir("docs"), os.path.exists("nope"))
print(os.path.join("a", "b", "c.txt"), os.path.normpath("src/./util/../app.py"), os.path.split("data/raw/2024.csv"))
print(os.path.relpath("src/util/strings.py", "src"), os.path.commonprefix(["src/app.py", "src/util"]))
print(os.stat("src/app.py").st_size, oct(os.stat("src").st_mode), os.sep, os.name)

os.rename("docs/readme.md", "docs/README.md")
os.makedirs("archive")
os.rename("data/raw/2024.csv", join("archive", "2024.csv"))
print(sorted(os.listdir("docs")), os.listdir("archive"), os.listdir("data/raw"))
os.rmdir("data/raw")
os.rmdir("data")
print("data" in os.listdir("."), os.getenv("PYEX_UNSET_VARIABLE", "default"))

attempts = [
    ("listdir missing", lambda: os.listdir("missing")),
    ("mkdir nested", lambda: os.mkdir("x/y/z")),
    ("makedirs existing", lambda: os.makedirs("archive")),
    ("rmdir non-empty", lambda: os.rmdir("src")),
    ("remove directory", lambda: os.remove("src")),
    ("rename missing", lambda: os.rename("ghost.txt", "boo.txt")),
    ("open directory", lambda: open("src")),
]
for label, attempt in attempts:
    try:
        attempt()
    except OSError as e:
        print(f"{label}: {type(e).__name__}: {e}")
os.remove("src/app.py")
print(sorted(os.listdir("src")))
