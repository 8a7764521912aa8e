# A symlink inside the root, made by the host, pointing at the canary outside it.
import os

print(sorted(os.listdir(".")))
print(os.path.islink("link_file") if hasattr(os.path, "islink") else None)
open("link_file").read()
