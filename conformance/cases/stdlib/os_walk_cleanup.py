# Walking a directory with os.walk, finding files with glob, and archiving with shutil.
import glob
import os
import shutil

for d in ["logs/2024/01", "logs/2024/02", "logs/old", "cache"]:
    os.makedirs(d, exist_ok=True)
for path, text in [("logs/2024/01/app.log", "a" * 10), ("logs/2024/01/db.log", "b" * 30),
                   ("logs/2024/02/app.log", "c" * 5), ("logs/old/app.log.1", "d" * 50),
                   ("cache/tmp.bin", "e"), ("logs/README", "readme")]:
    with open(path, "w") as f:
        f.write(text)

for dirpath, dirnames, filenames in os.walk("logs"):
    dirnames.sort()
    print(dirpath, dirnames, sorted(filenames))

total = 0
for dirpath, _, filenames in os.walk("logs"):
    for name in filenames:
        total += os.path.getsize(os.path.join(dirpath, name))
print("total bytes", total)
print(sorted(glob.glob("logs/**/*.log", recursive=True)))
print(sorted(glob.glob("logs/*/*")), sorted(glob.glob("logs/2024/0[12]/app.*")), glob.glob("nothing*"))
print(sorted(glob.glob("**/*.bin", recursive=True)), sorted(glob.glob("logs/*.log*")))

os.makedirs("archive")
shutil.copy("logs/2024/01/app.log", "archive/")
shutil.copy2("logs/2024/01/db.log", "archive/db-copy.log")
shutil.copytree("logs/2024", "archive/2024")
print(sorted(os.listdir("archive")), sorted(os.listdir("archive/2024/01")))
shutil.move("logs/old", "archive/old")
print(os.path.exists("logs/old"), sorted(os.listdir("archive/old")))
shutil.rmtree("cache")
print(os.path.isdir("cache"), sorted(d for d in os.listdir(".") if os.path.isdir(d)))
os.rename("archive/db-copy.log", "archive/db.log")
os.remove("archive/app.log")
print(sorted(os.listdir("archive")))
with open("archive/db.log") as f:
    print(len(f.read()))
print(shutil.copyfileobj.__name__, os.path.splitext("a/b.tar.gz"), os.path.basename("logs/2024/"))
print(os.path.relpath("archive/2024/01", "archive"), os.path.commonpath(["logs/2024/01", "logs/2024/02"]))
for bad in [lambda: os.remove("nope.txt"), lambda: os.rmdir("archive"), lambda: os.makedirs("archive"),
            lambda: shutil.rmtree("nope"), lambda: os.listdir("archive/db.log")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
os.listdir("nope")
