# Tagging articles with sets of strings (printed sorted): union, intersection, difference, similarity.
articles = {
    "intro-to-python": {"python", "beginner", "tutorial"},
    "async-deep-dive": {"python", "async", "advanced"},
    "rust-ownership": {"rust", "memory", "advanced"},
    "ffi-bridges": {"python", "rust", "ffi", "advanced"},
    "first-steps": {"beginner", "tutorial", "setup"},
}
all_tags = set().union(*articles.values())
print(sorted(all_tags), len(all_tags))
common = set.intersection(*(articles[a] for a in ("async-deep-dive", "ffi-bridges")))
print(sorted(common))


def jaccard(a, b):
    return len(a & b) / len(a | b)


names = sorted(articles)
for i, a in enumerate(names):
    for b in names[i + 1 :]:
        score = jaccard(articles[a], articles[b])
        if score > 0:
            print(f"{a} ~ {b}: {score:.2f}")


def search(include, exclude=frozenset()):
    return sorted(name for name, tags in articles.items() if include <= tags and not (tags & exclude))


print(search({"python"}), search({"advanced"}, {"python"}), search({"tutorial", "setup"}))
counts = {}
for tags in articles.values():
    for t in tags:
        counts[t] = counts.get(t, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
only_once = sorted(t for t, c in counts.items() if c == 1)
print(only_once, sorted(articles["ffi-bridges"] - articles["rust-ownership"]), sorted(articles["intro-to-python"] ^ articles["first-steps"]))
