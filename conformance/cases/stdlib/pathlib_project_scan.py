# Scanning a generated project tree with pathlib: mkdir, write_text, rglob, stat, suffixes.
from pathlib import Path, PurePosixPath

root = Path("project")
files = {
    "src/app/__init__.py": "",
    "src/app/main.py": "print('hi')\n" * 3,
    "src/app/util/helpers.py": "def f():\n    return 1\n",
    "tests/test_main.py": "assert True\n",
    "docs/index.md": "# Title\n\nText.\n",
    "docs/img/logo.png": "PNG",
    "README.md": "readme\n",
    "setup.cfg": "[metadata]\nname = app\n",
}
for rel, text in files.items():
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)

print(sorted(str(p) for p in root.iterdir()))
py = sorted(root.rglob("*.py"))
print([p.relative_to(root).as_posix() for p in py])
print(sorted(p.name for p in root.glob("*/*.md")), sorted(str(p) for p in root.glob("src/**/*.py")))
sizes = {p.relative_to(root).as_posix(): p.stat().st_size for p in root.rglob("*") if p.is_file()}
print(sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
by_ext = {}
for p in root.rglob("*"):
    if p.is_file():
        by_ext.setdefault(p.suffix or "<none>", []).append(p.stem)
print({k: sorted(v) for k, v in sorted(by_ext.items())})
main = root / "src" / "app" / "main.py"
print(main.parent.name, main.parents[2], main.with_suffix(".txt").name, main.with_name("cli.py"))
print(main.exists(), main.is_dir(), (root / "nope").exists(), main.read_text().count("\n"))
print(PurePosixPath("a/b/c.tar.gz").suffixes, PurePosixPath("/etc/hosts").parts, Path("x") / "y" / "z.py")
print(Path("a/b/../c").as_posix(), PurePosixPath("a/b").joinpath("c", "d"), Path("data.csv").stem)
print(Path("src/app/main.py").match("*.py"), Path("src/app/main.py").match("src/*.py"), Path("/a").is_absolute())
(root / "build").mkdir()
(root / "build" / "out.txt").write_text("x")
(root / "build" / "out.txt").rename(root / "build" / "final.txt")
print(sorted(p.name for p in (root / "build").iterdir()))
(root / "build" / "final.txt").unlink()
(root / "build").rmdir()
print((root / "build").exists(), (root / "gone.txt").unlink(missing_ok=True))
try:
    (root / "src").mkdir()
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    (root / "src").rmdir()
except OSError as e:
    print(type(e).__name__, e)
open(root / "missing.txt")
