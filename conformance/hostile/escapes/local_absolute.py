# The canary's real host path, and other absolute paths: all resolve inside the root.
import os

canary = open("canary_path.txt").read()  # written by the host: outside/canary.txt's real path
print(os.listdir("/") == os.listdir("."))
for path in ["/etc/passwd", "/data.txt"]:
    print(path, os.path.exists(path))
try:
    open(canary).read()
except FileNotFoundError as exc:
    print("FileNotFoundError", exc.filename == canary)
open("/outside/canary.txt")
