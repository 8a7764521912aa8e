# Indexing and slicing non-ASCII text by code point, across long strings:
# accents, CJK and astral characters, negative indices, steps and empty slices.
text = "".join(f"é{i}漢😀" for i in range(40))  # 180+ code points, mixed widths
print(len(text), text[0], text[1], text[2], text[3], text[-1], text[-4])
for i in (0, 63, 64, 65, 127, 128, 129, len(text) - 1):
    print(i, repr(text[i]), repr(text[i:i + 5]))
print(text[60:70], text[-70:-60], repr(text[100:90]), repr(text[500:]))
print(text[::37], text[-1:-20:-4], text[5:200:50])
chunks = [text[i:i + 64] for i in range(0, len(text), 64)]
print([len(c) for c in chunks], "".join(chunks) == text)

# A tiny tokenizer walking a non-ASCII string by index.
source = "naïve = 'café' + 名前 # ok"
tokens, i = [], 0
while i < len(source):
    c = source[i]
    if c.isspace():
        i += 1
    elif c.isalpha():
        j = i
        while j < len(source) and (source[j].isalnum() or source[j] == "_"):
            j += 1
        tokens.append(("NAME", source[i:j]))
        i = j
    elif c == "'":
        j = source.index("'", i + 1)
        tokens.append(("STR", source[i + 1:j]))
        i = j + 1
    elif c == "#":
        tokens.append(("COMMENT", source[i:]))
        break
    else:
        tokens.append(("OP", c))
        i += 1
print(tokens)
try:
    text[len(text)]
except IndexError as e:
    print("IndexError:", e)
