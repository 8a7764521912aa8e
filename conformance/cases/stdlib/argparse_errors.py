# Error messages and exit codes: what argparse prints to stderr before SystemExit(2).
import argparse

parser = argparse.ArgumentParser(prog="convert")
parser.add_argument("input")
parser.add_argument("--width", type=int, required=True)
parser.add_argument("--scale", type=float, default=1.0)
parser.add_argument("--format", choices=["png", "jpg", "webp"])
parser.add_argument("--mode", nargs=2, metavar=("KEY", "VALUE"))
excl = parser.add_mutually_exclusive_group()
excl.add_argument("--fast", action="store_true")
excl.add_argument("--best", action="store_true")

attempts = [
    [],
    ["in.png"],
    ["in.png", "--width", "abc"],
    ["in.png", "--width", "10", "--format", "gif"],
    ["in.png", "--width", "10", "--fast", "--best"],
    ["in.png", "--width", "10", "--mode", "k"],
    ["in.png", "--width", "10", "extra"],
    ["in.png", "--width", "10", "--wid", "3"],
    ["in.png", "--width", "10", "--scale", "1e2"],
    ["in.png", "--width"],
    ["in.png", "--widht", "3"],
]
for argv in attempts:
    try:
        print("ok", parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code, "for", argv)

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not positive")
    return value

p2 = argparse.ArgumentParser(prog="jobs", exit_on_error=False)
p2.add_argument("--workers", type=positive)
for argv in [["--workers", "4"], ["--workers", "-1"], ["--workers", "x"]]:
    try:
        print(p2.parse_args(argv))
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "| argument:", e.argument_name)
parser.error("custom failure")
