# Filtering file names with fnmatch patterns, as a backup tool's include/exclude rules.
import fnmatch
import os

names = ["main.py", "test_main.py", "README.md", "notes.TXT", "data.csv", "data_2024.csv",
         ".env", "build/out.o", "img01.png", "img10.png", "imgA.png", "Makefile"]
include = ["*.py", "*.csv", "*.md", "img[0-9]*.png"]
exclude = ["test_*", ".*", "*_2024.*"]


def selected(name):
    return (any(fnmatch.fnmatch(name, p) for p in include)
            and not any(fnmatch.fnmatch(name, p) for p in exclude))


print([n for n in names if selected(n)])
print(fnmatch.filter(names, "*.csv"), fnmatch.filter(names, "????.*"), fnmatch.filter(names, "*[!a-z].png"))
print(fnmatch.fnmatch("notes.TXT", "*.txt"), fnmatch.fnmatchcase("notes.TXT", "*.txt"))
print(fnmatch.fnmatchcase("a*b", "a[*]b"), fnmatch.fnmatch("build/out.o", "*.o"), fnmatch.fnmatch("x", "[]x]"))
for pat in ["*.py", "data?.csv", "[!abc]*", "a[b-d]e", "[*]", "**", "x[", "[!]]"]:
    print(pat, fnmatch.translate(pat))
rules = {"*.log": "rotate", "*.tmp": "delete", "*": "keep"}
for f in ["app.log", "x.tmp", "a.txt"]:
    print(f, next(action for pat, action in rules.items() if fnmatch.fnmatch(f, pat)))
print(os.path.normcase("A/B"), fnmatch.fnmatch("", "*"), fnmatch.filter([], "*"))
