# super() in methods, classmethods and properties; explicit two-argument super; extending results.
class Employee:
    raise_rate = 1.03

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def pay(self):
        return self.salary / 12

    def describe(self):
        return f"{self.name} ({type(self).__name__})"

    @classmethod
    def create(cls, name):
        return cls(name, 50000)


class Manager(Employee):
    raise_rate = 1.05

    def __init__(self, name, salary, reports=()):
        super().__init__(name, salary)
        self.reports = list(reports)

    def pay(self):
        return super().pay() + 100 * len(self.reports)

    def describe(self):
        return super().describe() + f" managing {len(self.reports)}"

    @classmethod
    def create(cls, name):
        m = super().create(name)
        m.salary += 20000
        return m


class Director(Manager):
    def pay(self):
        base = super(Manager, self).pay()
        return round(base * 1.5, 2)


e = Employee("eve", 60000)
m = Manager("max", 90000, [e])
d = Director("dot", 150000, [m, e])
for person in (e, m, d):
    print(person.describe(), round(person.pay(), 2), person.raise_rate)
hired = Manager.create("new")
print(hired.describe(), hired.salary, type(hired).__name__)
print(Director.create("boss").salary)


class Broken(Employee):
    def __init__(self, name):
        super().__init__(name)


Broken("oops")
