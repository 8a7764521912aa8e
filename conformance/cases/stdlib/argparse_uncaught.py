# An uncaught argparse error ends the program: usage and message on stderr, exit status 2.
import argparse

parser = argparse.ArgumentParser(prog="resize", description="Resize images.")
parser.add_argument("images", nargs="+")
parser.add_argument("--width", type=int, required=True)
parser.add_argument("--height", type=int)
args = parser.parse_args(["a.png", "--width", "640"])
print("resizing", args.images, "to", args.width, "x", args.height or "auto")
args = parser.parse_args(["b.png", "c.png", "--width", "320", "--height", "200"])
print("resizing", args.images, "to", args.width, "x", args.height)
print("now a bad command line")
parser.parse_args(["d.png", "--height", "100"])
print("never printed")
