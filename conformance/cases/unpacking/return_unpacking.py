# Functions returning tuples unpacked at the call site, including starred and nested returns.
def min_max_mean(values):
    return min(values), max(values), sum(values) / len(values)


def split_path(path):
    *dirs, filename = path.split("/")
    stem, _, ext = filename.rpartition(".")
    return dirs, (stem, ext)


def parse_header(line):
    name, _, value = line.partition(":")
    return name.strip().lower(), value.strip()


lo, hi, mean = min_max_mean([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
dirs, (stem, ext) = split_path("usr/local/lib/module.tar.gz")
print(dirs, stem, ext)
headers = dict(parse_header(h) for h in ["Content-Type: text/html", "X-Count: 3", "Host:example.com"])
print(headers)
_, largest, _ = min_max_mean([1, 2, 3])
print(largest)
*_, last_mean = min_max_mean([10, 20])
print(last_mean)


def divide(a, b):
    if b == 0:
        return None
    return a // b, a % b


q, r = divide(17, 5)
print(q, r)
q, r = divide(1, 0)
