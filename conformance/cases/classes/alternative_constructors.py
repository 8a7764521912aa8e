# Alternative constructors with classmethods: from_string, from_dict, and subclass-aware factories.
class Date:
    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} out of range")
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_iso(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_dict(cls, d):
        return cls(d["year"], d["month"], d["day"])

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def iso(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class BusinessDate(Date):
    def is_weekend_guess(self):
        return self.day % 7 in (0, 6)


print(Date.from_iso("2024-02-29"), Date.from_dict({"year": 1999, "month": 12, "day": 31}))
bd = BusinessDate.from_iso("2023-07-06")
print(bd, type(bd).__name__, bd.is_weekend_guess(), bd.iso())
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)], bd.is_leap(2028))
dates = [Date.from_iso(s) for s in ("2024-03-01", "2023-12-25", "2024-01-15")]
print(sorted(dates, key=lambda d: (d.year, d.month, d.day)))
try:
    Date.from_iso("2024-13-01")
except ValueError as exc:
    print("ValueError:", exc)
