# A word-count style CLI: positionals, flags, counts, defaults and the Namespace.
import argparse

parser = argparse.ArgumentParser(prog="wc.py", description="Count words, lines and characters.")
parser.add_argument("files", nargs="*", default=["-"], help="files to read (default: stdin)")
parser.add_argument("-l", "--lines", action="store_true", help="print the line count")
parser.add_argument("-w", "--words", action="store_true", help="print the word count")
parser.add_argument("-c", "--chars", action="store_true", help="print the character count")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--min-length", type=int, default=0, metavar="N", help="ignore words shorter than N")

TEXTS = {"a.txt": "the quick brown fox\njumps over\nthe lazy dog\n", "b.txt": "hello world\n"}

def run(argv):
    args = parser.parse_args(argv)
    print(args)
    if not (args.lines or args.words or args.chars):
        args.lines = args.words = args.chars = True
    for name in args.files:
        text = TEXTS.get(name, "")
        words = [w for w in text.split() if len(w) >= args.min_length]
        parts = []
        if args.lines:
            parts.append(str(text.count("\n")))
        if args.words:
            parts.append(str(len(words)))
        if args.chars:
            parts.append(str(len(text)))
        print(" ".join(parts), name, "(verbose)" * (args.verbose > 1))

run(["a.txt", "b.txt"])
run(["-lw", "a.txt"])
run(["--words", "--min-length", "4", "-vv", "a.txt"])
run(["--min-length=5", "-c", "b.txt", "a.txt"])
run([])
ns = parser.parse_args(["-l"])
print(ns.lines, ns.words, ns.files, "lines" in ns, vars(ns) == dict(ns._get_kwargs()))
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1))
