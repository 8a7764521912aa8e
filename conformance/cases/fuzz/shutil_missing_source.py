# Found by pyex-fuzz (differential target): shutil.move of a missing file
# falls back to copying after os.rename fails, so CPython reports only the
# source name; copy2 is a function of its own.
import os
import shutil

os.makedirs("inbox", exist_ok=True)
with open("inbox/report.txt", "w") as f:
    f.write("quarterly numbers\n")

for func in (shutil.copy, shutil.copyfile, shutil.copy2, shutil.move):
    try:
        func("inbox/missing.txt", "inbox/copy.txt")
    except OSError as e:
        print(func.__name__, type(e).__name__, e, e.filename, e.filename2)

# The happy paths still work.
print(shutil.copy2("inbox/report.txt", "inbox/backup.txt"))
print(shutil.move("inbox/backup.txt", "archive.txt"))
os.makedirs("old", exist_ok=True)
print(shutil.move("archive.txt", "old"))
print(sorted(os.listdir("inbox")), sorted(os.listdir("old")))
with open("old/archive.txt") as f:
    print(f.read().strip())
try:
    shutil.move("inbox/report.txt", "old/archive.txt/nested")
except OSError as e:
    print(type(e).__name__, e.filename is not None)
