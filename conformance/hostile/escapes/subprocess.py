# A module that reaches the host (subprocess).
import subprocess

subprocess.run(["cat", "/etc/passwd"])
