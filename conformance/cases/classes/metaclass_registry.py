# Metaclasses: a plugin registry, __call__ for singletons, __prepare__-free namespaces, class repr.
class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        if bases:
            mcs.registry[namespace.get("key", name.lower())] = cls
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.tags = kwargs.get("tags", ())

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__} ran"


class Csv(Plugin, tags=("io",)):
    key = "csv"


class Json(Plugin):
    pass


print(sorted(PluginMeta.registry), PluginMeta.registry["csv"], Csv.tags, Json.tags)
print(type(Csv) is PluginMeta, isinstance(Json, type), Json().run(), repr(Csv))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        print("init", env)
        self.env = env


a, b = Config("prod"), Config("test")
print(a is b, a.env, type(Config).__name__)

Point = type("Point", (), {"__init__": lambda self, x: setattr(self, "x", x), "kind": "pt"})
p = Point(3)
print(p.x, Point.kind, Point.__name__, type(Point).__name__, Point.__mro__)


class Meta2(type):
    pass


try:
    class Bad(Csv, metaclass=Meta2):
        pass
except TypeError as exc:
    print("TypeError:", exc)
Config.missing_attribute
