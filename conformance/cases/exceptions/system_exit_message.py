# sys.exit with a message: finally blocks still run, the message goes to stderr and the status is 1.
import sys


def main(args):
    if not args:
        sys.exit("usage: tool FILE [--verbose]")
    return 0


try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("custom message")
except SystemExit as e:
    print("caught:", repr(e.code), isinstance(e, Exception), isinstance(e, BaseException))
try:
    main([])
finally:
    print("cleanup runs before exit")
print("never printed")
