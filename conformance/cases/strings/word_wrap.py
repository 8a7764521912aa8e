# A greedy word-wrap and justify routine for paragraphs of text.
TEXT = (
    "Python is a high-level, general-purpose programming language. Its design philosophy "
    "emphasizes code readability with the use of significant indentation. Python is dynamically "
    "typed and garbage-collected. It supports multiple programming paradigms."
)


def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(current)
            current, length = [word], len(word)
        else:
            length += len(word) + (1 if current else 0)
            current.append(word)
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 45):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for words in lines[:-1]:
        print("|" + justify(words, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
print(max(len(w) for w in TEXT.split()), len(TEXT.split()), TEXT.count("."))
