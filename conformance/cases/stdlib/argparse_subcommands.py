# A git-like CLI with subcommands, each with its own options and a handler function.
import argparse

def cmd_init(args):
    print(f"init repository at {args.path} (bare={args.bare})")

def cmd_commit(args):
    msg = " ".join(args.message) if args.message else "<editor>"
    print(f"commit -m {msg!r} all={args.all} amend={args.amend}")

def cmd_log(args):
    print(f"log limit={args.n} oneline={args.oneline} paths={args.paths}")

parser = argparse.ArgumentParser(prog="vcs", description="A tiny version control CLI.")
parser.add_argument("-C", dest="directory", default=".", help="run as if started in DIR")
sub = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND", required=True)

p_init = sub.add_parser("init", help="create an empty repository")
p_init.add_argument("path", nargs="?", default=".")
p_init.add_argument("--bare", action="store_true")
p_init.set_defaults(func=cmd_init)

p_commit = sub.add_parser("commit", help="record changes", aliases=["ci"])
p_commit.add_argument("-m", "--message", action="append")
p_commit.add_argument("-a", "--all", action="store_true")
p_commit.add_argument("--amend", action="store_true")
p_commit.set_defaults(func=cmd_commit)

p_log = sub.add_parser("log", help="show history")
p_log.add_argument("-n", type=int, default=10)
p_log.add_argument("--oneline", action="store_true")
p_log.add_argument("paths", nargs=argparse.REMAINDER)
p_log.set_defaults(func=cmd_log)

for argv in [["init"], ["init", "/srv/repo", "--bare"], ["commit", "-am", "fix bug"], ["ci", "-m", "one", "-m", "two"],
             ["-C", "/tmp", "log", "-n", "3", "--oneline", "src", "-x"], ["log"]]:
    args = parser.parse_args(argv)
    print(args.command, args.directory, end=": ")
    args.func(args)

parser.print_help()
p_commit.print_help()
for argv in [[], ["push"], ["log", "-n", "x"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
