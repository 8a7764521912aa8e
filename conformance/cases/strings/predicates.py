# Character class predicates used by a tiny validator: isdigit, isalpha, isalnum, isspace and more.
samples = ["123", "12.5", "abc", "abc123", "  \t\n", "", "Ab_1", "²", "½", "٣", "ⅷ", "x y", "Ünïcode"]
header = f"{'sample':>10} digit alpha alnum space decimal numeric ident print ascii"
print(header)
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{s!r:>10} " + " ".join(f"{'Y' if f else '.':^5}" for f in flags))


def validate_username(name):
    problems = []
    if not 3 <= len(name) <= 12:
        problems.append("length")
    if not name[:1].isalpha():
        problems.append("must start with a letter")
    if not all(ch.isalnum() or ch == "_" for ch in name):
        problems.append("bad characters")
    return problems or ["ok"]


for user in ["bob", "7up", "ab", "a" * 13, "good_name", "bad-name!", "_x"]:
    print(f"{user!r}: {', '.join(validate_username(user))}")
print("class".isidentifier(), "_private".isidentifier(), "2fast".isidentifier(), "naïve".isidentifier())
print("tab\there".isprintable(), "bell\a".isprintable(), "é".isascii())
