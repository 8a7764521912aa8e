# raise ... from, implicit context, re-raise; the traceback shows the chain.
def load_config(text):
    try:
        key, value = text.split("=")
    except ValueError as exc:
        raise RuntimeError(f"bad config line: {text!r}") from exc
    return {key.strip(): value.strip()}


print(load_config("debug = true"))
try:
    load_config("garbage")
except RuntimeError as e:
    print(e, "| caused by:", repr(e.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("missing")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__suppress_context__)


def reraise():
    try:
        {}["x"]
    except KeyError:
        print("logging and re-raising")
        raise


try:
    reraise()
except KeyError as e:
    print("outer caught", repr(e))
load_config("a=b=c")
