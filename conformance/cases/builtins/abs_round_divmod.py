# abs, round, divmod and pow across ints, floats, complex and bools in a unit-conversion helper.
readings = [-3, 2.5, -0.0, -7.25, 10**20, -(2**70), True]
print([abs(r) for r in readings])
print(abs(-3 + 4j), abs(complex(-1, 0)), abs(-float("inf")), type(abs(-2)).__name__, type(abs(-2.0)).__name__)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.4999)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675)], round(12345, -2), round(-0.5), round(5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2), divmod(10**20, 7))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(7, -1, 40), pow(1.5, 2), pow(-8, 1 / 3))


def convert_seconds(total):
    sign = "-" if total < 0 else ""
    minutes, seconds = divmod(abs(total), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"


print([convert_seconds(s) for s in (0, 59, 3600, 3661, -90, 86399)])
print(round(1.23456, 3), round(1.23456, 0), round(1.23456, None), round(-1.5), round(2**60 + 0.5))
for bad in [lambda: abs("3"), lambda: round("3.5"), lambda: divmod(1, "2"), lambda: divmod(3, 0)]:
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(pow(0, -1))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
