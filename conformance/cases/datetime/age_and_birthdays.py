# Ages, next birthdays (29 February included), and date comparisons for a members list.
from datetime import date

members = {"Ida": date(1990, 2, 28), "Leo": date(2000, 2, 29), "Mia": date(1985, 12, 31),
           "Noor": date(2010, 6, 15), "Otto": date(1969, 7, 20)}
today = date(2024, 6, 15)


def age(born, on):
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def next_birthday(born, on):
    year = on.year
    while True:
        try:
            candidate = born.replace(year=year)
        except ValueError:
            candidate = date(year, 3, 1)
        if candidate >= on:
            return candidate
        year += 1


for name, born in sorted(members.items(), key=lambda kv: kv[1]):
    nb = next_birthday(born, today)
    print(f"{name:<5} {born:%d.%m.%Y} age {age(born, today):>2} next {nb} in {(nb - today).days:>3} days ({nb:%A})")

oldest = min(members, key=members.get)
print("oldest:", oldest, "youngest:", max(members.items(), key=lambda kv: kv[1])[0])
print([n for n, b in members.items() if b.month == 2], date(2000, 2, 29) < date(2000, 3, 1) <= today)
print(today.timetuple().tm_yday, today.toordinal() - date(today.year, 1, 1).toordinal() + 1)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    members["Leo"].replace(year=2023)
except ValueError as e:
    print("ValueError:", e)
print(date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != date(2024, 1, 2), date(2024, 1, 1) == "2024-01-01")
try:
    date(2024, 1, 1) < "2024-01-01"
except TypeError as e:
    print("TypeError:", e)
