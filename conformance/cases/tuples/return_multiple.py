# Functions that return several values as tuples: divmod-like helpers, min-max scanners, swapping.
def min_max(values):
    lo = hi = values[0]
    for v in values[1:]:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi


def split_name(full):
    first, _, last = full.rpartition(" ")
    return (first, last) if first else (last, "")


def parse_dimension(text):
    w, h = text.lower().split("x")
    return int(w), int(h)


print(min_max([4, -2, 9, 7, 0]), min_max([5]))
print(split_name("Ada Lovelace"), split_name("Plato"), split_name("Guido van Rossum"))
w, h = parse_dimension("1920x1080")
print(w, h, w * h, parse_dimension("640X480"))
dims = [parse_dimension(s) for s in ("800x600", "1024x768", "300x250")]
print(sorted(dims, key=lambda d: d[0] * d[1]))
print(max(dims), sum(w for w, _ in dims))


def running_stats(values):
    count = total = 0
    for v in values:
        count += 1
        total += v
        yield count, total, total / count


for n, tot, avg in running_stats([10, 20, 60]):
    print(n, tot, round(avg, 2))
q, r = divmod(47, 5)
print(q, r)
try:
    lo, hi = min_max([])
except IndexError as exc:
    print("IndexError:", exc)
