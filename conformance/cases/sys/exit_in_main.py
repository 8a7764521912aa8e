# A command-line style program: argument checks and sys.exit with a message after cleanup.
import sys


class Config:
    def __init__(self, argv):
        self.args = argv[1:]
        self.verbose = "-v" in self.args


def run(config):
    if not config.args:
        sys.exit(f"usage: {sys.argv[0]} [-v] FILE...")
    return len(config.args)


config = Config(["tool", "-v", "a.txt"])
print("files:", run(config), "verbose:", config.verbose)
try:
    run(Config(["tool"]))
except SystemExit as e:
    print("caught:", e.code.startswith("usage:"), type(e).__mro__[1].__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no-argument exit code:", e.code)
try:
    run(Config(["tool"]))
finally:
    print("cleanup", file=sys.stderr)
