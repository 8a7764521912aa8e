# Searching inside strings: in, find/rfind, index/rindex, count, startswith/endswith with tuples.
log = "ERROR disk full; WARN cpu hot; ERROR net down; INFO ok; ERROR disk full"
print("ERROR" in log, "FATAL" not in log, log.count("ERROR"), log.count("disk full"), log.count(""))
print(log.find("WARN"), log.find("FATAL"), log.rfind("ERROR"), log.find("ERROR", 10), log.find("ERROR", 10, 20))
print(log.index("INFO"), log.rindex("disk"))
pos = 0
hits = []
while True:
    pos = log.find("ERROR", pos)
    if pos == -1:
        break
    hits.append(pos)
    pos += 1
print("ERROR at", hits)
files = ["report.pdf", "data.csv", "image.PNG", "notes.txt", "archive.tar.gz", ".bashrc"]
print([f for f in files if f.endswith((".csv", ".txt"))])
print([f for f in files if f.lower().endswith(".png")])
print([f for f in files if f.startswith(".")], "report.pdf".startswith("port", 2))
print("banana".count("ana"), "banana".find("na", -3), "banana".rfind("a", 0, 3))
print("abc".find(""), "abc".rfind(""), "".find("x"), "a" in "", "" in "abc")


def extract_between(text, start, end):
    i = text.find(start)
    if i == -1:
        return None
    j = text.find(end, i + len(start))
    if j == -1:
        return None
    return text[i + len(start) : j]


print(extract_between("<b>bold</b>", "<b>", "</b>"), extract_between("no tags", "<", ">"))
print(extract_between("key=[value] rest", "[", "]"))
try:
    print(log.index("CRITICAL"))
except ValueError as exc:
    print("ValueError:", exc)
