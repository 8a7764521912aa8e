# parse_args() without a list reads sys.argv[1:]; prog defaults to the script name.
import argparse
import sys

print(sys.argv)
parser = argparse.ArgumentParser(description="Reads its arguments from sys.argv.")
parser.add_argument("--name", default="world")
parser.add_argument("-n", "--times", type=int, default=2)
args = parser.parse_args()
print(parser.prog, args)
for _ in range(args.times):
    print(f"Hello, {args.name}!")
sys.argv = ["greet.py", "--name", "Ada", "-n", "1"]
parser2 = argparse.ArgumentParser()
parser2.add_argument("--name")
parser2.add_argument("-n", type=int)
print(parser2.prog, parser2.parse_args())
print(parser2.format_usage(), end="")
sys.argv = ["greet.py", "--nme", "x"]
parser2.parse_args()
