# os.path.samefile stats both paths: a name ending in ".." is a plain name.
import os

os.makedirs("proj/src", exist_ok=True)
with open("proj/src/main.py", "w") as f:
    f.write("print('hi')\n")
print(os.path.samefile("proj", "proj/src/.."))
print(os.path.samefile("proj/src/main.py", "./proj/src/../src/main.py"))
print(os.path.normpath("proj/src.."), os.path.normpath("a/..b/c/.."))
for first, second in [("proj", "proj/src.."), ("missing", "proj")]:
    try:
        print(os.path.samefile(first, second))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
