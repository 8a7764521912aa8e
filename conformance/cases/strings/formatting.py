# str.format and %-formatting.
name, score, ratio = "Ada", 97, 0.8765
print("{} scored {}".format(name, score))
print("{1} before {0}".format("a", "b"))
print("{name:>10}|{score:<6}|{ratio:.2%}".format(name=name, score=score, ratio=ratio))
print("{:08.3f} {:+d} {:,} {:_x} {:#o} {:e}".format(3.14159, 42, 1234567, 255, 8, 12345.678))
print("{:^15}".format("centered"), "{:*<7}".format("ab"), "{!r}".format("q"))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
print("%s is %d years and %.1f%% done" % ("Bob", 30, 45.25))
print("%5s|%-5s|%05d|%x|%r" % ("a", "b", 42, 255, "s"))
print("%(who)s likes %(what)s" % {"who": "Ann", "what": "tea"})
print("{:>{width}}".format("dyn", width=6), "{:.{prec}f}".format(2 / 3, prec=3))
print("{:b} {:c} {:g} {:G} {:n}".format(10, 65, 0.00001234, 1e20, 1000))
print("{} {}".format("only one"))
