# __reversed__ and __contains__ on a date-range class, with fallbacks when they are missing.
class DayRange:
    def __init__(self, start, end):
        self.start, self.end = start, end

    def __iter__(self):
        day = self.start
        while day <= self.end:
            yield day
            day += 1

    def __reversed__(self):
        print("  custom __reversed__")
        day = self.end
        while day >= self.start:
            yield day
            day -= 1

    def __contains__(self, day):
        print("  custom __contains__")
        return self.start <= day <= self.end

    def __len__(self):
        return self.end - self.start + 1


week = DayRange(1, 7)
print(list(week), list(reversed(week)), len(week))
print(3 in week, 9 in week, 3.5 in week, 9 not in week)


class IterOnly:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("  __iter__ used for membership")
        return iter(self.items)


print(2 in IterOnly([1, 2, 3]), 5 in IterOnly([1, 2]))


class NoReverse:
    def __reversed__(self):
        return None


print(reversed([1, 2]).__class__.__name__, list(reversed("abc")), list(reversed(range(3))))
try:
    reversed(IterOnly([1]))
except TypeError as e:
    print("TypeError:", e)
reversed(NoReverse())
