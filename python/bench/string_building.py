"""String building: +=, join, f-strings, format, methods, slicing."""

parts = []
s = ""
for i in range(5000):
    s += str(i % 10)
    parts.append(f"{i:05d}|{i * 3.5:.2f}|{hex(i)}")
joined = ",".join(parts)
print(len(s), len(joined), joined[:40])

table = []
for i in range(1500):
    name = "item-" + str(i)
    table.append("{:<12}{:>8}{:^10}".format(name.upper(), i * i, name[-3:]))
text = "\n".join(table)
print(len(text), table[123])

words = ("the quick brown fox jumps over the lazy dog " * 300).split()
caps = " ".join(w.capitalize() for w in words)
print(len(caps), caps.count("The"), caps.find("Lazy"), caps.replace("Dog", "Cat")[:60])

rev = "".join(reversed(s[:1000]))
print(rev[:20], s[::97][:20], s.startswith("0123"), "%s-%d-%.3f" % ("x", 42, 1 / 3))

acc = []
for i in range(3000):
    acc.append(("abc" * (i % 5)).center(15, "*").strip("*").title())
print(len("".join(acc)), acc[4], acc[3].zfill(12), "-".join(acc[:6]))
