# dir() of an exception lists its fields; a misspelt one gets CPython's
# "Did you mean" (found by the differential fuzzer: __context__).
def fields(e):
    return [n for n in dir(e) if not n.startswith("__") or n in ("__cause__", "__context__", "__traceback__")]


print(fields(ValueError("bad")))
print(fields(OSError(2, "No such file")))
print(fields(StopIteration(5)))
print(fields(KeyError("k")))

try:
    try:
        {}["missing"]
    except KeyError as inner:
        raise ValueError("lookup failed") from inner
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
    for typo in ["__contxt__", "__cuase__", "arg", "with_trace"]:
        try:
            getattr(outer, typo)
        except AttributeError as e:
            print(e.name, "->", e)

error = RuntimeError("boom")
error.__contxt__
