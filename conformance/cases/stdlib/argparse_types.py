# Argument types and nargs: conversions, choices, constants, intermixed and prefix chars.
import argparse

parser = argparse.ArgumentParser(prog="plot")
parser.add_argument("--point", type=float, nargs=2, action="append", metavar=("X", "Y"))
parser.add_argument("--color", type=str.lower, choices=["red", "green", "blue"], default="blue")
parser.add_argument("--size", type=int, choices=range(1, 11), default=5)
parser.add_argument("--title", nargs="?", const="Untitled", default=None)
parser.add_argument("--labels", nargs="*", default=[])
parser.add_argument("--grid", action=argparse.BooleanOptionalAction, default=True)
parser.add_argument("--log", dest="scale", action="store_const", const="log", default="linear")
parser.add_argument("--mark", dest="marks", action="append_const", const="*")
parser.add_argument("--ratio", type=lambda s: tuple(int(p) for p in s.split(":")), default=(4, 3))
parser.add_argument("values", nargs="*", type=int)

for argv in [
    ["--point", "1", "2", "--point", "3.5", "-4", "1", "2", "3"],
    ["--color", "RED", "--size", "10", "--title"],
    ["--title", "Sales", "--labels", "q1", "q2", "q3", "--no-grid", "--log"],
    ["--mark", "--mark", "--ratio", "16:9", "--grid"],
    ["7", "--labels"],
]:
    print(parser.parse_args(argv))
print(parser.parse_intermixed_args(["1", "--size", "2", "3"]))
for argv in [["--size", "11"], ["--color", "pink"], ["--point", "1"], ["--ratio", "x"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

alt = argparse.ArgumentParser(prog="win", prefix_chars="-+")
alt.add_argument("+v", "--verbose", action="store_true")
alt.add_argument("-q", action="store_true")
print(alt.parse_args(["+v", "-q"]))
files = argparse.ArgumentParser(prog="cat", fromfile_prefix_chars="@")
files.add_argument("names", nargs="+")
print(files.parse_args(["a", "b"]))
print(parser.get_default("size"), parser.get_default("color"))
parser.set_defaults(size=3, extra="yes")
print(parser.parse_args([]))
