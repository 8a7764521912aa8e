# Closures holding mutable state: running averages, min/max trackers and a histogram builder.
def running_average():
    total = 0.0
    count = 0

    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count

    return add


avg = running_average()
print([round(avg(v), 3) for v in [10, 20, 15, 40, 5]])


def tracker():
    seen = []

    def observe(x):
        seen.append(x)
        return min(seen), max(seen), len(seen)

    return observe


obs = tracker()
for v in [5, 3, 9, 1]:
    print(obs(v))


def histogram(bin_width):
    bins = {}

    def add(x):
        b = int(x // bin_width) * bin_width
        bins[b] = bins.get(b, 0) + 1

    def render():
        return "\n".join(f"{k:>3}-{k + bin_width - 1:<3} {'#' * bins[k]}" for k in sorted(bins))

    return add, render


add, render = histogram(10)
for x in [3, 14, 17, 22, 25, 29, 8, 41, 15]:
    add(x)
print(render())
a1, a2 = running_average(), running_average()
a1(100)
print(a2(1), a1(0))
