# An uncaught exception raised a few calls deep, with a handled one before it.
def parse(text):
    return int(text)

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            print("skipping:", e)
    return out

print(load(["1", "x", "3"]))

def average(values):
    return sum(values) / len(values)

def report(groups):
    for name, values in groups.items():
        print(name, average(values))

report({"a": [1, 2, 3], "b": []})
