# Every way os offers to run a host program.
import os

missing = [n for n in ["system", "popen", "execl", "execv", "execve", "execvp", "fork",
                       "forkpty", "spawnl", "spawnv", "posix_spawn", "kill", "killpg",
                       "_exit", "abort", "startfile"] if hasattr(os, n)]
print("present:", missing)
os.system("id")
