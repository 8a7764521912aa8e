# sys.exit(n) and raise SystemExit(n): exit status n, nothing printed, except Exception does not catch it.
import sys

results = {"processed": 0, "failed": 0}
for item in [3, 0, 5, -1, 8]:
    if item < 0:
        results["failed"] += 1
        continue
    results["processed"] += 1
print(results)
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
status = 3 if results["failed"] else 0
print("exiting with", status)
sys.exit(status)
