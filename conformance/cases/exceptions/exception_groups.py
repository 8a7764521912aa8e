# ExceptionGroup and except*: handling several failures from a batch of tasks at once.
def run_task(name):
    if name.startswith("bad"):
        raise ValueError(f"{name} has bad data")
    if name.startswith("slow"):
        raise TimeoutError(f"{name} timed out")
    return f"{name} ok"


def run_all(names):
    results, errors = [], []
    for n in names:
        try:
            results.append(run_task(n))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)
    return results


print(run_all(["a", "b"]))
try:
    run_all(["a", "bad1", "slow1", "bad2"])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TimeoutError as eg:
    print("timeouts:", [str(e) for e in eg.exceptions])
try:
    run_all(["bad3", "c"])
except ExceptionGroup as eg:
    print(eg, "|", eg.message, "|", len(eg.exceptions), type(eg.exceptions[0]).__name__)
g = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("v")])])
matched, rest = g.split(ValueError)
print(repr(matched), "|", repr(rest))
print(g.subgroup(KeyError).exceptions)
run_all(["bad4", "slow2"])
