# Going under os to its C layers: posix.system, _io.FileIO on a host path, os.open on a raw fd.
import posix, _io, os

for name in ["system", "popen", "execv", "fork", "spawnv", "kill", "open", "read", "dup2"]:
    assert not hasattr(posix, name) and not hasattr(os, name), name
_io.FileIO("/etc/passwd")
