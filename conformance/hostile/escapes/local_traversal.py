# ../ out of the Local root to the canary next to it.
import os

print(open("data.txt").read().strip())
for path in ["../outside/canary.txt", "sub/../../outside/canary.txt", "./../outside"]:
    try:
        open(path).read()
        print(path, "READ")
    except OSError as exc:
        print(path, type(exc).__name__)
open("../outside/canary.txt", "w").write("pwned")
