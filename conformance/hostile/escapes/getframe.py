# Frame introspection: sys._getframe(1).f_globals would reach the caller's (the host's) state.
import sys

def spy():
    return sys._getframe(1).f_globals

print(sorted(k for k in dir(sys) if "frame" in k or "trace" in k or "profile" in k))
spy()
