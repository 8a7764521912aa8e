# Caesar and ROT13 ciphers with ord/chr arithmetic, str.maketrans and str.translate.
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn, Zebra!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3), "|", caesar(msg, 26) == msg)
lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
rot13 = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
vowels = str.maketrans("aeiou", "AEIOU", "!,")
print(msg.translate(vowels))
print(str.maketrans({"a": "4", "e": None, "t": "7"}) == {97: "4", 101: None, 116: "7"})
leet = str.maketrans({"a": "4", "e": "3", "t": "7", "o": "0"})
print("leet speak is totally cool".translate(leet))
print("hello".translate({104: "J", 108: None}), "abc".translate({}))


def crack(ciphertext, known_word):
    for shift in range(26):
        if known_word in caesar(ciphertext, -shift):
            return shift
    return None


print(crack(caesar("meet me at the usual place", 11), "usual"))
freq = {}
for ch in enc.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
try:
    print(chr(-1))
except ValueError as exc:
    print("ValueError:", exc)
