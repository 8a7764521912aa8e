# Run-length encoding and decoding of strings, with a round-trip check.
def rle_encode(text):
    if not text:
        return ""
    out = []
    prev = text[0]
    count = 1
    for ch in text[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


def rle_decode(encoded):
    out = []
    digits = ""
    for ch in encoded:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * int(digits))
            digits = ""
    return "".join(out)


samples = ["AAAABBBCCDAA", "abc", "", "zzzzzzzzzzzz", "aabbaa  !!"]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    print(repr(s), repr(enc), dec == s, f"{len(enc)}/{len(s)}")


def compress_ratio(text):
    enc = rle_encode(text)
    return len(enc) / len(text) if text else 0.0


print([round(compress_ratio(s), 3) for s in samples])
print(rle_decode("12x3y"), rle_encode("x" * 12 + "yyy"))
try:
    print(rle_decode("3a2"), rle_decode("b"))
except ValueError as exc:
    print("ValueError:", exc)
