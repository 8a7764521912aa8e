# sys: output streams, interpreter information and the recursion limit.
import sys


def log(*parts):
    print("[log]", *parts, file=sys.stderr)


print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major)
print(sys.version_info)
print(sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.implementation.name, type(sys.argv).__name__, len(sys.argv))
print(sys.getrecursionlimit(), sys.intern("key"), sys.getdefaultencoding())
print("sys" in sys.modules, sys.modules["sys"] is sys)
n = sys.stdout.write("written directly\n")
print("returned", n)
sys.stderr.write("warning: to stderr\n")
log("first", 1)
print("stdout again", file=sys.stdout)
print(sys.stdout, sys.stderr.name, sys.stdin.mode)
print(sys.exc_info())
try:
    {}["missing"]
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4000))
for bad in (0, -5, "100", 2.5):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
log("done")
