"""Build a project tree, then walk it with os.walk, glob and pathlib.rglob."""
import glob
import os
import shutil
from pathlib import Path

layout = {
    "src/app/__init__.py": "",
    "src/app/main.py": "print('hi')\n",
    "src/app/util/helpers.py": "def f():\n    return 1\n",
    "tests/test_main.py": "assert True\n",
    "README.md": "# Project\n",
    "data/raw/2024-01.csv": "a,b\n1,2\n",
    "data/raw/2024-02.csv": "a,b\n3,4\n5,6\n",
}
for name, text in layout.items():
    path = Path("proj") / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)

for root, dirs, files in os.walk("proj"):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))

print(sorted(glob.glob("proj/**/*.py", recursive=True)))
print(sorted(glob.glob("proj/data/raw/2024-0?.csv")))
print(sorted(str(p) for p in Path("proj").rglob("*.csv")))
total = sum(len(p.read_text().splitlines()) for p in Path("proj").rglob("*.csv"))
print("csv lines:", total)

shutil.copytree("proj/src", "backup/src")
print(sorted(str(p) for p in Path("backup").rglob("*") if p.is_file()))
shutil.rmtree("proj/data")
print(os.path.exists("proj/data"), sorted(os.listdir("proj")))
sizes = {p.name: p.stat().st_size for p in Path("proj").rglob("*.py")}
print(dict(sorted(sizes.items())))
