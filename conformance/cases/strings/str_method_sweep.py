# A sweep of str methods over tricky inputs: empty, whitespace, Unicode, start/end arguments.
words = ["", "  hello world  ", "Hello World", "ǅungla", "straße", "ÉCOLE", "snake_case_name", "x1_y2", "３４５", "tab\tsep\tvalues"]
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()),
          w.isidentifier(), w.isprintable(), w.isdecimal(), w.isascii())
text = "the quick brown fox jumps over the lazy dog the end"
print(text.find("the", 1), text.find("the", 1, 10), text.rfind("the", 0, 40), text.count("the", 10), text.count("", 45))
print(text.index("fox", 5, 30), text.rindex("o"), text.startswith("quick", 4), text.endswith("lazy", 0, 40), text.startswith(("a", "the")))
print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines(), "one\ntwo\n".splitlines(True), "".splitlines(), "\n".split("\n"))
print("  a  b \t c ".split(), " a b c ".split(None, 1), "a,b,,c".rsplit(",", 2), "\u2003wide\u2003space\u2003".split())
print("Hello".center(11, "~"), "Hello".ljust(8, "."), "7".rjust(3, "0"), "-42".zfill(6), "+3".zfill(4), "abc".zfill(2))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef".expandtabs(4), "x\ty".expandtabs(0))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello moderate".translate(table), "abc".translate({ord("b"): "BBB"}), str.maketrans("ab", "xy", "z"))
print("%s" % "x".join(["1", "2", "3"]), "".join([]), ", ".join(map(str, range(4))))
print("Mississippi".replace("ss", "SS"), "Mississippi".replace("s", "", 2), "aaa".replace("", "-"), "abc".partition("x"), "a=b=c".rpartition("="))
print("  strip me  ".strip(), "xxhixx".strip("x"), "..dots..".lstrip("."), "[tag]".rstrip("]"), "filename.txt".removesuffix(".txt"))
for bad in [lambda: "abc".center(5, "ab"), lambda: "x".find(1), lambda: "a".split(""), lambda: "".join([1]), lambda: "a".startswith(["a"]),
            lambda: str.maketrans("ab", "x"), lambda: "abc".index("z"), lambda: "a".strip(1), lambda: "x".join(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
"text".rindex("q")
