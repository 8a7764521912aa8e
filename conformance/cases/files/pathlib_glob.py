# pathlib.Path over the filesystem: building a tree, reading/writing, globbing, renaming; glob and fnmatch.
from pathlib import Path, PurePosixPath
import glob, fnmatch
root = Path("project")
(root / "src" / "pkg").mkdir(parents=True, exist_ok=True)
(root / "src" / "pkg").mkdir(parents=True, exist_ok=True)
(root / "src" / "main.py").write_text("print('hi')\n")
(root / "src" / "pkg" / "util.py").write_text("X = 1\n")
(root / "README.md").write_text("# readme\n")
(root / "data.bin").write_bytes(b"\x00\x01")
p = root / "src" / "main.py"
print(p, repr(p), p.name, p.stem, p.suffix, p.parent, p.parts, p.exists(), p.is_file(), p.parent.is_dir())
print(p.read_text(), (root / "data.bin").read_bytes(), p.stat().st_size)
print(sorted(x.name for x in root.iterdir()), sorted(str(x) for x in root.glob("*.md")))
print(sorted(str(x) for x in root.rglob("*.py")))
print(p.with_suffix(".txt"), p.with_name("other.py"), p.relative_to("project"), Path("a/b/c.tar.gz").suffixes)
print(Path("/x/y") / "z", "base" / Path("f"), Path("a//b/./c"), Path(), Path("/"), list(Path("a/b/c").parents))
print(p.match("*.py"), p.match("src/*.py"), p.match("lib/*.py"), PurePosixPath("q/r"), Path("a") == Path("a/"), hash(Path("a")) == hash(Path("a")))
with open(p) as f:
    print(f.readline().strip())
with p.open("a") as f:
    f.write("print('more')\n")
print(p.read_text().count("print"))
(root / "README.md").rename(root / "README.txt")
(root / "data.bin").unlink()
(root / "missing").unlink(missing_ok=True)
print(sorted(x.name for x in root.iterdir()))
try:
    (root / "nope.txt").read_text()
except FileNotFoundError as e:
    print(e)
print(sorted(glob.glob("project/src/*.py")), sorted(glob.glob("project/**/*.py", recursive=True)))
print(fnmatch.fnmatch("data_2024.csv", "data_*.csv"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("xa", "x[!a]"))
