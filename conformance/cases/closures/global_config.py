# Module-level configuration changed through global declarations in functions.
DEBUG = False
VERBOSITY = 1
_registry = []


def enable_debug():
    global DEBUG, VERBOSITY
    DEBUG = True
    VERBOSITY = 3


def register(name):
    _registry.append(name)
    return len(_registry)


def log(msg, level=1):
    if level <= VERBOSITY:
        prefix = "[debug] " if DEBUG else ""
        print(prefix + msg)


log("starting")
log("details", level=2)
enable_debug()
log("details", level=2)
print(register("a"), register("b"), _registry)


def reset():
    global _registry
    _registry = []


reset()
print(_registry, DEBUG, VERBOSITY)


def create_global():
    global LATE_VALUE
    LATE_VALUE = 42


create_global()
print(LATE_VALUE)


def read_only():
    return DEBUG and VERBOSITY


print(read_only(), "LATE_VALUE" in globals(), globals()["VERBOSITY"])


def shadow():
    DEBUG = "local"
    return DEBUG


print(shadow(), DEBUG)
try:
    print(NEVER_DEFINED)
except NameError as exc:
    print("NameError:", exc)
