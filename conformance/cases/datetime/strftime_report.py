# A scheduling report printing the same moments with every strftime directive.
from datetime import date, datetime, time, timedelta, timezone

moments = [
    datetime(2024, 1, 1, 0, 5, 9),
    datetime(2023, 12, 31, 23, 59, 59, 999999),
    datetime(2021, 1, 3, 12, 0),
    datetime(2020, 2, 29, 13, 7, 30, tzinfo=timezone.utc),
    datetime(1999, 7, 4, 9, 30, tzinfo=timezone(timedelta(hours=-5), "EST")),
    datetime(5, 3, 9, 17, 45),
]
directives = "aAbBcdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYCz%Z"
for m in moments:
    print(m.isoformat())
    print("  " + " | ".join(f"{d}={m.strftime('%' + d)!r}" for d in directives if d not in "sn"))
    print("  flags:", m.strftime("%-d/%-m %_H:%M %^a %^B %0d %#j %-j %_j %Ey %Od"))
    print("  mixed:", m.strftime("Week %V of %G, day %u (%A) at %I:%M %p"), m.strftime("%%Y literal %Q unknown %"))
for d in [date(2024, 12, 30), date(2027, 1, 1), date(2010, 1, 3)]:
    print(d, d.strftime("%Y-W%V-%u %U %W %j %a %b %d"), format(d, "%d.%m.%Y"), f"{d:%A %-d %B}")
t = time(7, 5, 3, 120)
print(t.strftime("%H:%M:%S.%f %I%p"), format(t, "%-H h %M"), t.strftime("%Y-%m-%d"))
agenda = [datetime(2024, 3, 10, 9) + timedelta(hours=5 * k) for k in range(6)]
for slot in agenda:
    print(f"{slot:%a %d %b %H:%M} -> {slot.strftime('%-I%P').strip()}")
