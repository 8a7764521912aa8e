# --help output: usage wrapping, groups, metavars, defaults and epilogs, as argparse formats them.
import argparse

parser = argparse.ArgumentParser(
    prog="backup",
    description="Back up directories to a remote store, with retention rules and compression.",
    epilog="Example: backup /home --dest s3://bucket --keep 7",
)
parser.add_argument("sources", nargs="+", metavar="DIR", help="directories to back up")
parser.add_argument("--dest", required=True, help="where the archive goes")
parser.add_argument("--keep", type=int, default=5, help="how many archives to keep (default: %(default)s)")
parser.add_argument("--compress", choices=["gzip", "bzip2", "xz", "none"], default="gzip")
parser.add_argument("--exclude", action="append", metavar="PATTERN", help="skip files matching PATTERN; may be repeated")
parser.add_argument("--bandwidth-limit", type=float, metavar="MBPS", help="throttle uploads to MBPS megabits per second, which is useful on shared links")
parser.add_argument("--version", action="version", version="%(prog)s 2.1.0")
auth = parser.add_argument_group("authentication", "Credentials for the remote store.")
auth.add_argument("--key-id")
auth.add_argument("--secret", help=argparse.SUPPRESS)
auth.add_argument("--profile", default="default", help="named profile")
parser.print_help()
print("----")
print(parser.format_usage(), end="")
print(repr(parser.prog), parser.description[:20])
try:
    parser.parse_args(["--version"])
except SystemExit as e:
    print("version exit:", e.code)
parser.parse_args(["--help"])
print("not reached")
