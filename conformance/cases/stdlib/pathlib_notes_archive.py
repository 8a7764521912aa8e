# A notes app on the virtual filesystem: pathlib read/write, bytes, stat, rename, glob, shutil.
import json
import shutil
from pathlib import Path

base = Path("notes")
(base / "inbox").mkdir(parents=True)
(base / "archive" / "2024").mkdir(parents=True)
for i, (title, body) in enumerate([("Groceries", "milk\neggs\n"), ("Ideas", "app\n"), ("Todo", "")]):
    note = base / "inbox" / f"{i:02d}-{title.lower()}.md"
    note.write_text(f"# {title}\n{body}", encoding="utf-8")
(base / "inbox" / "attachment.bin").write_bytes(bytes(range(8)))
print(sorted(p.name for p in (base / "inbox").iterdir()))
for note in sorted((base / "inbox").glob("*.md")):
    lines = note.read_text(encoding="utf-8").splitlines()
    print(note.stem, lines[0][2:], len(lines) - 1, note.stat().st_size)
print((base / "inbox" / "attachment.bin").read_bytes(), (base / "inbox" / "attachment.bin").suffix)
index = {p.stem: p.stat().st_size for p in sorted(base.rglob("*.md"))}
(base / "index.json").write_text(json.dumps(index, indent=2))
print(json.loads((base / "index.json").read_text()) == index)
empty = [p for p in base.rglob("*.md") if p.read_text().count("\n") <= 1]
for p in empty:
    target = base / "archive" / "2024" / p.name
    p.rename(target)
    print("archived", p.name, "->", target.as_posix(), target.exists(), p.exists())
with (base / "inbox" / "01-ideas.md").open("a", encoding="utf-8") as fh:
    fh.write("rocket\n")
with open(base / "inbox" / "01-ideas.md") as fh:
    print(fh.read().splitlines())
shutil.copytree(base / "inbox", base / "backup")
print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()))
shutil.rmtree(base / "backup")
(base / "inbox" / "attachment.bin").unlink()
print(sorted(str(p.relative_to(base)) for p in base.iterdir()), Path("notes/inbox").is_dir())
print(Path("notes") / "inbox" == Path("notes/inbox"), Path("notes/x.md").with_stem("y"))
print(Path("a/b/c.txt").parts, Path("/").parts, Path("a") < Path("b"), sorted([Path("b"), Path("a/z")]))
print(str(Path("a//b/./c/")), Path("a/b").parent.parent, Path(".").resolve() == Path.cwd())
try:
    (base / "inbox").rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    (base / "zzz.md").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename, e.strerror)
open(base / "archive")
