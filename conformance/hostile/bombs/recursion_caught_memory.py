# Keeping every RecursionError caught: each holds a traceback of a thousand
# frames. The tracebacks count against the memory limit (they did not: the
# heap counted ~100 bytes per exception while each held 8 KB).
kept = []


def f():
    f()


while True:
    try:
        f()
    except RecursionError as e:
        kept.append(e)
