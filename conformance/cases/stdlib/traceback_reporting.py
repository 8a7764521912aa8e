# traceback: format_exc/print_exc for error reports that keep the program running.
import sys
import traceback


def parse(record):
    key, value = record.split("=")
    return key.strip(), int(value)


def load(records):
    return dict(parse(r) for r in records)


reports = []
for batch in (["a=1", "b=2"], ["a=1", "b=x"], ["oops"]):
    try:
        print(load(batch))
    except ValueError:
        text = traceback.format_exc()
        reports.append(text)
        print("failed:", text.splitlines()[-1])
print(reports[0], end="")
print(len(reports), reports[1].count("File"))
try:
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise RuntimeError("wrapped") from exc
except RuntimeError as err:
    lines = traceback.format_exception(err)
    print("".join(lines), end="")
    print(traceback.format_exception_only(err))
    print(traceback.format_exception_only(type(err), err))
try:
    raise KeyError("k")
except KeyError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc()
print(repr(traceback.format_exc()))
