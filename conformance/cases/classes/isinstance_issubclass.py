# isinstance/issubclass with tuples, builtin hierarchies (bool < int), object, and user classes.
class Animal:
    pass


class Dog(Animal):
    pass


class Robot:
    pass


class RoboDog(Robot, Dog):
    pass


things = [Dog(), RoboDog(), Robot(), 3, True, 2.5, "s", None, [1]]
for t in things:
    kinds = [
        isinstance(t, Animal),
        isinstance(t, (Robot, str)),
        isinstance(t, int),
        isinstance(t, (int, float)),
        isinstance(t, object),
    ]
    print(f"{type(t).__name__:>8}", kinds)
print(issubclass(bool, int), issubclass(int, bool), issubclass(RoboDog, (Animal, Robot)), issubclass(Dog, Dog))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(Dog, type))
print(type(True) is bool, type(True) == int, type(Dog()) is Dog, type(RoboDog()) is Dog)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(isinstance(1, (list, (tuple, (int,)))), isinstance([], ()), issubclass(str, ()))
print([cls.__name__ for cls in (bool, int, Dog, RoboDog) if issubclass(cls, (int, Animal))])
try:
    isinstance(3, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Dog(), Animal)
except TypeError as exc:
    print("TypeError:", exc)
