# except* over nested exception groups: per-type handlers, predicates in split(), handlers that raise, re-raising.
def fail(kind, msg):
    raise kind(msg)


def collect():
    errs = []
    for kind, msg in [(ValueError, "v1"), (KeyError, "k1"), (ValueError, "v2")]:
        try:
            fail(kind, msg)
        except Exception as e:
            errs.append(e)
    inner = ExceptionGroup("inner", errs[:2])
    return ExceptionGroup("outer", [inner, errs[2], TypeError("t")])


try:
    raise collect()
except* KeyError as eg:
    print("keys", repr(eg))
except* ValueError as eg:
    print("values", repr(eg), eg.message, [type(x).__name__ for x in eg.exceptions])
    kept = eg
except* TypeError:
    print("types")
print(kept.split(lambda e: isinstance(e, ValueError) and "1" in str(e)))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2, "gone")])
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as e:
    print(type(e).__name__, repr(e.exceptions[0]), type(e.exceptions[1]).__name__, e.exceptions[1].exceptions)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg), eg.exceptions[0].args)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, BaseExceptionGroup("y", [KeyboardInterrupt()]))
for bad in [lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x", []),
            lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
g = ExceptionGroup("nested", [ValueError("a"), ExceptionGroup("deep", [KeyError("b")])])
g.add_note("batch 7")
try:
    raise g
except* ValueError:
    raise
