# An exception raised in finally replaces the one in flight; the original becomes its __context__.
def close_resources(resources):
    for r in resources:
        if r == "broken":
            raise OSError(f"failed to close {r}")
        print(f"  closed {r}")


def work(resources, fail):
    try:
        if fail:
            raise ValueError("work failed")
        return "work done"
    finally:
        close_resources(resources)


print(work(["db", "file"], fail=False))
try:
    work(["db", "broken"], fail=True)
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    work(["db"], fail=True)
except ValueError as e:
    print("ValueError:", e)
work(["cache", "broken"], fail=True)
