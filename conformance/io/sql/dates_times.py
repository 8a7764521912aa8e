# Dates and times both ways: date, time, timestamp, timestamptz (UTC), interval.
import sql
from datetime import date, datetime, time, timedelta, timezone

sql.query("DROP TABLE IF EXISTS bookings")
sql.query("""CREATE TABLE bookings (
    id int PRIMARY KEY, day date, starts time, created timestamp, confirmed timestamptz, length interval)""")
berlin = timezone(timedelta(hours=1))
rows = [
    (1, date(2024, 2, 29), time(9, 30), datetime(2024, 2, 1, 8, 0, 0, 123456),
     datetime(2024, 2, 1, 9, 15, tzinfo=berlin), timedelta(hours=1, minutes=30)),
    (2, date(1999, 12, 31), time(23, 59, 59, 999999), datetime(2000, 1, 1),
     datetime(2021, 6, 15, 12, 0, tzinfo=timezone.utc), timedelta(days=2, seconds=5)),
    (3, None, None, None, None, None),
]
for row in rows:
    sql.query("INSERT INTO bookings VALUES ($1, $2, $3, $4, $5, $6)", list(row))

for row in sql.query("SELECT * FROM bookings ORDER BY id"):
    print(row)

print(sql.query("SELECT day + 1 AS next_day, day - $1 AS days_since FROM bookings WHERE id = 1", [date(2024, 1, 1)]))
print(sql.query("SELECT date_trunc('month', created) AS month, extract(dow FROM day) AS dow FROM bookings WHERE id = 1"))
print(sql.query("SELECT confirmed + length AS ends FROM bookings WHERE id = 1"))
print(sql.query("SELECT $1::timestamptz AS t", ["2024-07-01 12:00:00+05:30"]))
print(sql.query("SELECT d::date AS d FROM generate_series($1::date, $2::date, interval '1 week') AS d",
                [date(2024, 1, 1), date(2024, 1, 29)]))
print(sql.query("SELECT interval '1 year 2 months 3 days 04:05:06.5' AS long, interval '-90 minutes' AS neg"))
print(sql.query("SELECT $1::interval * 3 AS tripled", [timedelta(minutes=20, microseconds=7)]))
print(sql.query("SELECT 'infinity'::date AS forever, '12:30:00+02'::timetz AS tz_time"))
print(sql.query("SELECT id FROM bookings WHERE confirmed > $1 ORDER BY id", [datetime(2022, 1, 1, tzinfo=timezone.utc)]))
print(sql.query("SELECT to_char($1::date, 'Day DD Mon YYYY') AS pretty", [date(2024, 3, 1)]))
