# Chunking and windowing generators: fixed-size batches, sliding windows and grouping consecutive keys.
def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def sliding(iterable, width):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > width:
            window.pop(0)
        if len(window) == width:
            yield tuple(window)


def group_consecutive(iterable, key):
    current_key = object()
    group = []
    for item in iterable:
        k = key(item)
        if group and k != current_key:
            yield current_key, group
            group = []
        current_key = k
        group.append(item)
    if group:
        yield current_key, group


print(list(batched(range(10), 4)))
print(list(batched("abcdef", 2)), list(batched([], 3)))
print(list(sliding([1, 2, 3, 4, 5], 3)))
readings = [3, 5, 8, 13, 9, 4]
print([round(sum(w) / len(w), 2) for w in sliding(readings, 2)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in group_consecutive(words, key=lambda w: w[0]):
    print(letter, group)
print(list(group_consecutive([1, 1, 2, 3, 3, 3, 1], key=lambda x: x)))
for i, batch in enumerate(batched((n * n for n in range(7)), 3)):
    print("batch", i, batch, sum(batch))
print(list(batched(range(3), 0)))
