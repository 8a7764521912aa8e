# A playlist with rotation, moving songs, dedup, a deterministic shuffle, and chunked pages.
songs = ["Intro", "Blue", "Red", "Green", "Blue", "Outro", "Red"]


def dedupe(items):
    seen = []
    for it in items:
        if it not in seen:
            seen.append(it)
    return seen


def rotate(items, k):
    if not items:
        return items
    k %= len(items)
    return items[k:] + items[:k]


def move(items, src, dst):
    items = items[:]
    item = items.pop(src)
    items.insert(dst, item)
    return items


def lcg_shuffle(items, seed):
    items = items[:]
    state = seed
    for i in range(len(items) - 1, 0, -1):
        state = (state * 1103515245 + 12345) % 2**31
        j = state % (i + 1)
        items[i], items[j] = items[j], items[i]
    return items


unique = dedupe(songs)
print(unique)
print(rotate(unique, 2), rotate(unique, -1), rotate([], 3))
print(move(unique, 0, -1), move(unique, 4, 0))
print(lcg_shuffle(unique, 42), lcg_shuffle(unique, 7))
print(sorted(lcg_shuffle(unique, 42)) == sorted(unique))
pages = [unique[i : i + 2] for i in range(0, len(unique), 2)]
print(pages)
now_playing = 0
for step in ["next", "next", "prev", "next", "next", "next", "next"]:
    now_playing = (now_playing + (1 if step == "next" else -1)) % len(unique)
    print(step, unique[now_playing])
