# Path helpers with os.path: joining, splitting, normalising, checking and walking sizes.
import os
import os.path as osp

os.makedirs("proj/src/pkg", exist_ok=True)
for name, size in [("proj/src/pkg/__init__.py", 0), ("proj/src/pkg/core.py", 120), ("proj/README.md", 40),
                   ("proj/.hidden", 3)]:
    with open(name, "w") as f:
        f.write("x" * size)

p = osp.join("proj", "src", "pkg", "core.py")
print(p, osp.split(p), osp.splitext(p), osp.basename(p), osp.dirname(p))
print(osp.join("a", "/abs", "b"), osp.join("a", ""), osp.join("", "x"), osp.join("a/", "b"))
print(osp.normpath("a/./b/../c//d/"), osp.normpath("/../x"), osp.normpath(""), osp.normpath("a/.."))
print(osp.isabs("/x"), osp.isabs("x"), osp.splitext(".bashrc"), osp.splitext("a.tar.gz"), osp.splitext("a."))
print(osp.exists(p), osp.isfile(p), osp.isdir("proj/src"), osp.exists("nope"), osp.isfile("proj"))
print(osp.getsize(p), osp.getsize("proj/README.md"), osp.commonprefix(["proj/src/a", "proj/sr"]))
print(osp.relpath("proj/src/pkg", "proj"), osp.relpath("proj", "proj/src/pkg"), osp.split("/"), osp.split("a/"))
print(osp.expanduser("plain"), osp.basename("a/b/"), osp.dirname("a"), osp.abspath("proj").endswith("/proj"))
print(os.sep, os.curdir, os.pardir, os.extsep, osp.sep, os.linesep == "\n")
sizes = {}
for root, dirs, files in os.walk("proj"):
    dirs.sort()
    for f in sorted(files):
        full = osp.join(root, f)
        sizes[full] = osp.getsize(full)
print(sizes)
print(sorted(e.name for e in os.scandir("proj")), [e.is_dir() for e in sorted(os.scandir("proj"), key=lambda e: e.name)])
print(os.path.samefile("proj", "proj/src/.."), os.getcwd() == osp.abspath("."))
st = os.stat(p)
print(st.st_size, osp.getmtime(p) == st.st_mtime)
print(sorted(os.listdir("proj")), osp.exists("proj/src/pkg/core.py"))
os.rmdir("proj/src")
