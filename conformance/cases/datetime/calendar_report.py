# calendar module: month grids, leap years, month ranges and a text calendar.
import calendar

print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2025, 3))
print([y for y in range(1896, 1920) if calendar.isleap(y)], calendar.leapdays(2000, 2101))
for m in (1, 2, 4, 12):
    first, days = calendar.monthrange(2024, m)
    print(calendar.month_name[m], calendar.day_name[first], days)
print(list(calendar.month_abbr)[1:4], list(calendar.day_abbr), calendar.weekday(2024, 7, 4))
grid = calendar.monthcalendar(2024, 9)
paydays = [week[calendar.FRIDAY] for week in grid if week[calendar.FRIDAY]]
print(grid[0], grid[-1], paydays)
cal = calendar.Calendar(firstweekday=6)
print([d.isoformat() for d in cal.itermonthdates(2024, 6)][:8])
print(list(cal.iterweekdays()), [d for d in cal.itermonthdays(2024, 2) if d][-3:])
print(calendar.weekheader(3), calendar.timegm((2024, 1, 1, 12, 0, 0)), calendar.firstweekday())
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 4))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
