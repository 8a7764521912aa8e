# time module: struct_time, gmtime/localtime in UTC, strftime directives, mktime, strptime.
import time

t = time.gmtime(1709647629)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t.tm_zone, t[0:3], len(t), tuple(t)[-1], t.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %p %I %y %C", t))
print(time.strftime("%c | %x | %X | %D | %T | %R | %F | %e | %h | %n%t| %% | %G %V %g", t))
print(time.asctime(t), time.mktime(t), time.gmtime(0).tm_wday, time.localtime(0).tm_zone)
print(time.strftime("%Z %z", time.localtime(0)), time.strftime("%Z", time.gmtime(0)), time.timezone, time.tzname)
st = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(st, st.tm_isdst)
print(time.strptime("5 Mar 24", "%d %b %y")[:3], time.strptime("23:59", "%H:%M").tm_year)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)), time.gmtime(86400 * 366 + 3661.75)[:6])
print(time.strftime("%Y/%m/%d", (2023, 12, 31, 0, 0, 0, 6, 365, 0)), time.ctime(86400 * 59))
for bad in ((2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1)):
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for text, fmt in (("2024-02-30", "%Y-%m-%d"), ("x", "%d")):
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError", e)
start = time.monotonic()
time.sleep(0.25)
print(time.monotonic() - start >= 0.25, isinstance(time.time(), float), time.time_ns() > 10**18)
