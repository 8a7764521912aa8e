# Subclassing date/datetime/tzinfo-free types: reprs, alternate constructors, arithmetic results.
from datetime import date, datetime, timedelta, timezone


class BusinessDate(date):
    def is_business_day(self):
        return self.weekday() < 5

    def add_business_days(self, n):
        d = self
        while n:
            d += timedelta(days=1)
            if d.is_business_day():
                n -= 1
        return d

    def __str__(self):
        return self.strftime("%a %d.%m.%Y")


start = BusinessDate(2024, 12, 20)
print(repr(start), start, start.is_business_day(), type(start + timedelta(1)).__name__)
print(start.add_business_days(5), repr(BusinessDate.fromisoformat("2024-02-29")), BusinessDate.fromordinal(1))
print(repr(start.replace(day=21)), BusinessDate(2024, 1, 6).is_business_day(), start - BusinessDate(2024, 12, 1))


class Moment(datetime):
    @classmethod
    def parse(cls, text):
        return cls.strptime(text, "%Y-%m-%d %H:%M")

    def rounded(self, minutes=15):
        discard = timedelta(minutes=self.minute % minutes, seconds=self.second, microseconds=self.microsecond)
        result = self - discard
        if discard >= timedelta(minutes=minutes / 2):
            result += timedelta(minutes=minutes)
        return result


m = Moment.parse("2024-05-06 10:52")
print(repr(m), type(m).__name__, m.rounded(), repr(m.rounded(60)), type(m.rounded()).__name__)
print(repr(Moment(2024, 1, 1, tzinfo=timezone.utc)), Moment.combine(date(2024, 1, 1), m.time()))
print(repr(Moment.fromtimestamp(0, timezone.utc)), m.date(), type(m.date()).__name__, m > datetime(2024, 1, 1))
print(sorted([Moment(2024, 1, 2), datetime(2024, 1, 1), Moment(2023, 5, 5)]))
print(isinstance(m, datetime), isinstance(m, date), issubclass(Moment, date), Moment.min, Moment.resolution)
