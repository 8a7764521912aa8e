# Indexing lists safely: negative indices, bounds checks, a get-or-default helper; then an IndexError.
readings = [21.5, 22.0, 23.1, 22.8]
print(readings[0], readings[-1], readings[-4], readings[len(readings) - 1])


def get(items, i, default=None):
    try:
        return items[i]
    except IndexError:
        return default


print(get(readings, 2), get(readings, 10), get(readings, -5, "n/a"), get([], 0, "empty"))
print(readings[1:100], readings[-100:2], readings[4:], readings[10:20])
for i in range(-6, 6, 3):
    print(i, get(readings, i, "out of range"))
try:
    readings[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    readings["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    readings[4] = 0
except IndexError as e:
    print("IndexError:", e)


def moving_average(values, window):
    return [sum(values[i - window + 1 : i + 1]) / window for i in range(window - 1, len(values))]


print(moving_average(readings, 2), moving_average(readings, 4))
try:
    print(readings[len(readings)])
except IndexError as exc:
    print("IndexError:", exc)
