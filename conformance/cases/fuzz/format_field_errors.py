# str.format field scanning: each malformed template raises CPython's exact
# ValueError (parse_field in Objects/stringlib/unicode_format.h).
templates = [
    "{0", "{", "{0:", "{0!", "{0!r", "{0!}", "{0!rx}", "{a[}", "{a[x}",
    "{0:{", "{0:{}", "{a{", "{0!x}", "{0!\u00e9}", "{0:}}", "total: {0:>{1}",
]
row = {"}": "brace", ":": "colon"}
for template in templates:
    try:
        print(repr(template), "->", repr(template.format(7, 4, a=row)))
    except ValueError as e:
        print(repr(template), "ValueError:", e)

# Well-formed fields around the same characters still work.
print("{a[}]}|{a[:]}|{0!r:>5}|{0:{1}}|{{x}}".format("q", 6, a=row))
report = "{name:<8}{count:>{width}}"
for name, count in [("apples", 3), ("kiwis", 12)]:
    print(report.format(name=name, count=count, width=4))
"{:{}{}".format(1, 2, 3)
