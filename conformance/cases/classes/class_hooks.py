# Class creation hooks: __init_subclass__ with keywords, __class_getitem__, __set_name__ ordering, __class__ swaps.
class Serializer:
    formats = {}

    def __init_subclass__(cls, /, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt:
            Serializer.formats[fmt] = cls
        cls.fmt = fmt


class JsonSer(Serializer, fmt="json"):
    pass


class YamlSer(Serializer, fmt="yaml"):
    pass


class Plain(Serializer):
    pass


print(sorted(Serializer.formats), JsonSer.fmt, Plain.fmt, Serializer.formats["yaml"].__name__)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


print(Box[int], Box["T"], list[Box], dict[str, Box].__args__)


class Mood:
    def speak(self):
        return "..."


class Happy(Mood):
    def speak(self):
        return "yay"


class Sad(Mood):
    def speak(self):
        return "meh"


m = Happy()
print(m.speak(), end=" ")
m.__class__ = Sad
print(m.speak(), type(m).__name__, isinstance(m, Sad))
for target in (int, 3):
    try:
        m.__class__ = target
    except TypeError as exc:
        print("TypeError:", exc)
print(Happy.__hash__ is object.__hash__, Mood.__doc__, Sad.__qualname__, Sad.__base__.__name__, Sad.mro()[1:])
try:
    class Strict(Serializer, colour="red"):
        pass
except TypeError as exc:
    print("TypeError:", exc)
print([c.__name__ for c in Mood.__subclasses__()], Happy.__bases__, Happy.__module__, Happy().__module__)
Box[int].upper()
Box.missing
