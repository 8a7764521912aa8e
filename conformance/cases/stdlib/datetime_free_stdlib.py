# Calendar arithmetic without datetime: calendar module month grids and leap years, time.struct_time.
import calendar
import time

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(calendar.month_name[1:4], calendar.month_abbr[12], list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2023, 12, w=3))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print([d for d in calendar.Calendar(firstweekday=0).itermonthdates(2024, 3)][:2])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday())
st = time.gmtime(86400 * 365)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_wday, st.tm_yday, tuple(st)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", st), time.strftime("%A, %d %B %Y", time.gmtime(0)))
print(time.asctime(time.gmtime(0)), time.mktime.__name__, isinstance(time.time(), float))
parsed = time.strptime("2024-03-15 08:30", "%Y-%m-%d %H:%M")
print(parsed.tm_year, parsed.tm_hour, parsed.tm_min, parsed.tm_wday, parsed.tm_yday)
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.monotonic() > 0, type(time.time_ns()).__name__)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
time.strftime("%Y", "2024")
