# Class decorators that wrap classes: a singleton factory and a decorator adding a class counter.
def singleton(cls):
    instances = {}

    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]

    get_instance.cls = cls
    return get_instance


@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env
        self.values = {}


a = Config("prod")
b = Config("test")
a.values["debug"] = False
print(a is b, b.env, b.values, Config.cls.__name__, type(a).__name__)


def count_instances(cls):
    original_init = cls.__init__
    cls.instances = 0

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        self.serial = cls.instances
        original_init(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


@count_instances
class Ticket:
    def __init__(self, title):
        self.title = title

    def __repr__(self):
        return f"Ticket#{self.serial}({self.title!r})"


tickets = [Ticket(t) for t in ("bug", "feature", "docs")]
print(tickets, Ticket.instances)
try:
    print(isinstance(a, Config))
except TypeError as exc:
    print("TypeError:", exc)
