# Host environment variables (HOME, PATH, secrets in the host's environment).
import os

print(sorted(os.environ))
print(os.getenv("HOME"), os.getenv("PATH"))
print(os.environ["HOME"])
