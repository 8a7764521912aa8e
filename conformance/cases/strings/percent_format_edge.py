# printf-style formatting corner cases: star widths, mapping keys, flags, and every error message.
print("[%*s][%-*s][%.*s]" % (6, "ab", 6, "cd", 2, "efgh"))
print("[%*d][%-6.3d][%+.2e][%#o][%#X]" % (-5, 42, 7, 12345.678, 8, 255))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25})
print("%c%c%c" % (72, "i", 0x1F40D), "%5.1f%%" % 99.5, "%i|%u" % (-3, 7), "% d" % 5)
print("%s %s" % ("tuple", ("nested",)), "%s" % ((1, 2),), "%r" % {"k": [1]}, "%.3r" % "long")
print("%-10s|" % "left", "%10s|" % "right", "%010.2f" % -3.14159, "%x" % 2**70, "%d" % 10**20)


class Env(dict):
    pass


table = {"user": "kim", "n": 3}
print("%(user)s has %(n)d" % table, "no args" % (), "%s" % [])
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("t",)), ("%y", 1),
                  ("%", ()), ("%(k", {"k": 1}), ("%c", "ab"), ("%x", 1.5), ("%*d", ("a", 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("%s" % None, "%5s|" % True, "%.1f" % 2.25, "%.0f" % 0.5, "%.0f" % 1.5, "%g" % 1e-5, "%G" % 1e20)
"%d items" % None
