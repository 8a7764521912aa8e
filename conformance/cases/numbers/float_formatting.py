# Formatting floats with every presentation type: f, e, g, %, precision, width, sign, grouping.
values = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e21, -2.5e-8]
for v in values:
    print(f"{v!r:>16} | {v:.2f} | {v:.3e} | {v:g} | {v:.3g} | {v:+,.1f}")
x = 1234.5678
print(f"[{x:12.2f}] [{x:<12.2f}] [{x:^12.2f}] [{x:*>12.1f}] [{x:012.2f}] [{x:+.0f}]")
print(f"{x:,.2f} {x:_.3f} {x:e} {x:E} {x:G} {x:%} {0.256:.1%}")
print(f"{1e-5:g} {1e-4:g} {123456789.0:g} {1234567.0:g} {0.5:g} {100.0:g} {1e16:g}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):+.2f} {-0.0:f} {-0.0:+g}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {0.05:.1f} {0.15:.1f} {0.25:.1f}")
print(format(3.14159, ".4"), format(100.0, ".2"), format(1e100, ".3"), format(0.1, ".30f"))
print("%f %e %g %.3f %10.4f|%-10.2f|%+.1e" % (x, x, x, x, x, x, x))
print("{:.2f} {:>10.3e} {:,}".format(x, x, 1234567.0))
print(f"{12:f} {12:e} {12:%} {True:.2f}")
print(f"{x:#.0f} {x:#g} {1.0:#g} {1.0:g}")
print(str(1e16), str(1e-5), str(123.0), repr(0.30000000000000004))
print(f"{1.23456789e-10:.2e}", f"{9.999:.2f}", f"{9.995:.2f}", f"{0.0000001:f}")
print(f"{x:z.2f}" if False else "skip z", f"{-0.001:.2f}", f"{-0.001:z.2f}")
prices = [3.5, 12.25, 0.125, 1999.999]
for p in prices:
    print(f"|{p:>10.2f}|{p:<10.1e}|{p:^10g}|{p:+010.3f}|")
print(format(0.1, ".17g"), format(1 / 3, ".20f"), format(2 / 3, ".0%"), format(1e-7, ".1g"))
