# Knuth-Morris-Pratt substring search with the failure table, compared against str.find on many patterns.
def failure_table(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_all(text, pattern):
    if not pattern:
        return list(range(len(text) + 1))
    table = failure_table(pattern)
    hits, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


def naive_all(text, pattern):
    out, start = [], 0
    while (i := text.find(pattern, start)) != -1:
        out.append(i)
        start = i + 1
    return out


print(failure_table("ABABCABAB"), failure_table("AAAA"), failure_table("abcabd"))
text = "ABABDABACDABABCABABABABCABAB"
for p in ["ABABCABAB", "AB", "ABAB", "Z", "CAB", "ABABABABCABABX"]:
    hits = kmp_all(text, p)
    print(f"{p:<15} {hits} {hits == naive_all(text, p)}")
dna = "ACGT" * 50 + "ACGA" + "ACGT" * 10
print(len(kmp_all(dna, "GTAC")), kmp_all(dna, "ACGA"), kmp_all("aaaaa", "aa"), kmp_all("abc", ""))
period = len("abcabcabc") - failure_table("abcabcabc")[-1]
print("smallest period:", period)
