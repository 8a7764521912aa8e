# A to-do list manager driven by a series of command lines.
import argparse
import shlex

tasks = []

def build():
    p = argparse.ArgumentParser(prog="todo", exit_on_error=False)
    sub = p.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add")
    add.add_argument("title", nargs="+")
    add.add_argument("-p", "--priority", type=int, choices=[1, 2, 3], default=2)
    add.add_argument("--due")
    done = sub.add_parser("done")
    done.add_argument("ids", type=int, nargs="+")
    ls = sub.add_parser("ls")
    ls.add_argument("--all", action="store_true")
    ls.add_argument("--sort", choices=["priority", "title"], default="priority")
    return p

parser = build()
script = """
add Buy milk -p 1
add Write report --due friday
add 'Call the plumber' --priority 3
ls
done 1 3
ls --all --sort title
add -p 9 impossible
done x
"""
for line in script.strip().splitlines():
    argv = shlex.split(line)
    try:
        args = parser.parse_args(argv)
    except argparse.ArgumentError as e:
        print(f"error in {line!r}: {e}")
        continue
    except SystemExit as e:
        print(f"exit {e.code} in {line!r}")
        continue
    if args.cmd == "add":
        tasks.append({"id": len(tasks) + 1, "title": " ".join(args.title), "priority": args.priority, "due": args.due, "done": False})
        print("added", tasks[-1])
    elif args.cmd == "done":
        for t in tasks:
            if t["id"] in args.ids:
                t["done"] = True
        print("completed", args.ids)
    else:
        shown = [t for t in tasks if args.all or not t["done"]]
        shown.sort(key=lambda t: t[args.sort])
        for t in shown:
            mark = "x" if t["done"] else " "
            print(f"  [{mark}] {t['id']} p{t['priority']} {t['title']}" + (f" (due {t['due']})" if t["due"] else ""))
