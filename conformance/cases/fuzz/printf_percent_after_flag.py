# printf-style formatting: only "%%" is a literal percent sign; a "%" after a
# flag, width, precision or key is an (unsupported) conversion character.
cases = [
    ("% %", (1,)), ("%-%", (1,)), ("%5%", (2,)), ("%.2%", (3,)),
    ("%*%", (4, 5)), ("%(a)%", {"a": 1}), ("%l%", (6,)), ("%5%", ()),
]
for fmt, args in cases:
    for template in (fmt, fmt.encode()):
        try:
            print(repr(template % args))
        except (ValueError, TypeError, KeyError) as e:
            print(repr(template), type(e).__name__, e)

rate = 0.25
print("discount: %d%% off, %5.1f%%" % (rate * 100, rate * 100))
print(b"%d%%" % 50, "100%%" % ())
print("progress %3d%% % d" % (40, 7))
