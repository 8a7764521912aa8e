# Listing and walking through directory symlinks (link_dir -> ../outside, sub/etc_link -> /etc).
import os, glob, pathlib

print(sorted(glob.glob("**", recursive=True)))
print([root for root, dirs, files in os.walk(".")])
for path in ["link_dir", "sub/etc_link"]:
    try:
        print(path, os.listdir(path))
    except OSError as exc:
        print(path, type(exc).__name__)
pathlib.Path("sub/etc_link/passwd").read_text()
