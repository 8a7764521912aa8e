# Class bodies are not enclosing scopes: methods cannot see class-level names without self or the class.
rate = "module rate"


class Pricing:
    rate = 0.2
    base = 100
    total = base * (1 + rate)
    doubled = [base * 2]

    def with_self(self):
        return self.base * (1 + self.rate)

    def with_class(self):
        return Pricing.base + type(self).rate

    def global_rate(self):
        return rate

    @classmethod
    def from_cls(cls):
        return cls.total

    def bare_name(self):
        return base


p = Pricing()
print(Pricing.total, Pricing.doubled, p.with_self(), p.with_class(), p.global_rate(), Pricing.from_cls())


def make():
    hidden = "function local"

    class Inner:
        sees_enclosing = hidden
        value = 1
        value += 1

        def method(self):
            return hidden

    return Inner


Inner = make()
print(Inner.sees_enclosing, Inner.value, Inner().method())
p.bare_name()
