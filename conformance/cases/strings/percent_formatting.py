# printf-style % formatting: every conversion, width/precision, flags, tuples and mapping keys.
print("%s is %d years old" % ("Ann", 31))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%r %s %a" % ("it's", "it's", "café"))
print("%(name)s has %(count)03d items (%(ratio).1f%%)" % {"name": "cart", "count": 7, "ratio": 12.345})
print("%*d|%-*s|%.*f" % (6, 12, 8, "ab", 2, 2.71828))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), None))
print("%d%%" % 50, "%i" % 3.99, "%d" % True, "%s" % b"bytes")
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
rows = [("widget", 3, 2.5), ("gadget", 12, 10.0), ("doohickey", 1, 99.99)]
for name, qty, price in rows:
    print("%-10s %4d x %7.2f = %8.2f" % (name, qty, price, qty * price))
for bad_args in [("only one",), (1, 2, 3)]:
    try:
        print("%s and %s" % bad_args)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(missing)s" % {"present": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%z" % 1)
except ValueError as exc:
    print("ValueError:", exc)
