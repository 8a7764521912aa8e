# Palindromes and anagram groups with slicing, sorting characters and dict grouping.
def is_palindrome(text):
    cleaned = [ch.lower() for ch in text if ch.isalnum()]
    return cleaned == cleaned[::-1]


for phrase in ["racecar", "A man, a plan, a canal: Panama!", "hello", "", "No 'x' in Nixon", "ab"]:
    print(repr(phrase), is_palindrome(phrase))


def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1 : hi]
    return best


for s in ["babad", "cbbd", "forgeeksskeegfor", "x", "abacdfgdcaba"]:
    print(s, longest_palindrome(s))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, group in groups.items():
    print(key, group)
print(sorted((len(g), g[0]) for g in groups.values()))
print("abc"[::-1], "abc"[::2], "abcdef"[-2:], "abcdef"[:-2], "abcdef"[1:-1:2], "abc"[5:], "abc"[-10:2])
