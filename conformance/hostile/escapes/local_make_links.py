# The program tries to make a link to the canary (hard or symbolic) by every
# route the os, shutil and pathlib modules might offer, then to read through it.
import os
import pathlib
import shutil

with open("canary_path.txt") as f:
    canary = f.read()  # the canary's host path, written by the host
attempts = [
    ("os.link", lambda: os.link(canary, "hard")),
    ("os.link relative", lambda: os.link("../outside/canary.txt", "hard")),
    ("os.symlink", lambda: os.symlink(canary, "soft")),
    ("pathlib.hardlink_to", lambda: pathlib.Path("hard").hardlink_to(canary)),
    ("pathlib.symlink_to", lambda: pathlib.Path("soft").symlink_to(canary)),
    ("shutil.copy", lambda: shutil.copy(canary, "copy.txt")),
    ("shutil.copy relative", lambda: shutil.copy("../outside/canary.txt", "copy.txt")),
    ("os.rename out", lambda: os.rename("data.txt", "../outside/moved.txt")),
    ("os.replace hard_link", lambda: os.replace("hard_link", "../outside/canary.txt")),
]
succeeded = []
for name, attempt in attempts:
    try:
        attempt()
        succeeded.append(name)
    except Exception as e:
        print(name, type(e).__name__, e)
made = [name for name in ["hard", "soft", "copy.txt"] if os.path.exists(name)]
if succeeded or made:
    raise RuntimeError(f"succeeded: {succeeded}, made: {made}")
