# Types CPython writes in C keep its names in messages and reprs:
# _UnixSelectorEventLoop, _asyncio.Future/Task, PosixPath, _csv.reader/writer.
import asyncio
import csv
import io
import pathlib


def missing(obj, name="nosuch"):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__)
    missing(loop, "run_forever_now")
    fut = loop.create_future()
    print(type(fut).__name__, type(fut).__module__)
    missing(fut, "results")
    task = asyncio.ensure_future(asyncio.sleep(0, "done"))
    print(type(task).__module__, await task)
    fut.cancel()


asyncio.run(main())

p = pathlib.Path("reports") / "2024" / "summary.txt"
print(repr(p), type(p).__name__, repr(p.with_suffix(".csv")), repr(p.parent))
print(isinstance(p, pathlib.Path), isinstance(p, pathlib.PurePosixPath))
print(repr(pathlib.PurePath("a/b")), repr(pathlib.PosixPath("c")))
missing(p, "suffixes_all")

rows = csv.reader(io.StringIO("name,qty\napple,3\n"))
print(type(rows).__name__, next(rows))
missing(rows)
out = io.StringIO()
writer = csv.writer(out)
writer.writerow(["pear", 5])
print(type(writer).__name__, repr(out.getvalue()))
missing(writer, "writerows_all")
