"""Pure path manipulation with os.path and pathlib (no files touched)."""
import os.path
from pathlib import Path, PurePosixPath

paths = ["/usr/local/lib/python3.11/site.py", "docs/guide/index.md", "archive.tar.gz",
         "./a/../b/./c.txt", "/", "", "no_ext", ".bashrc", "dir/"]
for p in paths:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p),
          os.path.normpath(p) if p else "", os.path.isabs(p))

print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "/etc", "x"), os.path.join("a", ""))
print(os.path.split("/a/b/c"), os.path.split("c"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.commonpath(["/usr/lib/x", "/usr/local/y"]), os.path.relpath("/a/b/c", "/a/d"))

p = Path("/srv/app/static/css/site.min.css")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent.name)
print(list(p.parents)[:3], p.parts[:3], p.anchor, p.is_absolute())
print(p.with_suffix(".map"), p.with_name("print.css"), p.with_stem("site"))
print(p.relative_to("/srv/app"), p.match("*.css"), p.match("static/*.css"))
q = PurePosixPath("a") / "b" / "c.py"
print(q, q.as_posix(), str(q.with_suffix("")), q == PurePosixPath("a/b/c.py"))
print(Path("x/y").joinpath("z", "w.txt"), Path("README").suffix == "")
try:
    p.relative_to("/other")
except ValueError as e:
    print("ValueError:", e)
try:
    Path("a").with_suffix("txt")
except ValueError as e:
    print("ValueError:", e)
