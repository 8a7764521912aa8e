# Floor division and modulo with negative operands; divmod; a clock and a paginator.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17)]
for a, b in pairs:
    print(f"{a:>4} // {b:>3} = {a // b:>3}   {a:>4} % {b:>3} = {a % b:>3}   divmod={divmod(a, b)}")
print(all(a == (a // b) * b + a % b for a, b in pairs))


def clock(minutes):
    h, m = divmod(minutes, 60)
    return f"{h % 24:02d}:{m:02d}"


for mins in (0, 59, 61, 1439, 1440, 1501, -30):
    print(mins, clock(mins))


def pages(n_items, per_page):
    full, rest = divmod(n_items, per_page)
    return full + (1 if rest else 0)


print([pages(n, 10) for n in (0, 1, 10, 11, 99, 100, 101)])
print(-(-23 // 10), (23 + 9) // 10)

seconds = 987654
days, rem = divmod(seconds, 86400)
hours, rem = divmod(rem, 3600)
minutes, secs = divmod(rem, 60)
print(f"{days}d {hours}h {minutes}m {secs}s")

print(divmod(7, 2.0), divmod(-7, 2.5), 7 % 2.5, -1 % 360, 370 % 360)
print(True // 1, 10 // True, 2**100 // -7, 2**100 % -7)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 // 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
