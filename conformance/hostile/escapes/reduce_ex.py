# object.__reduce_ex__ hands out copyreg/constructor callables that pickle exploits use.
class Point:
    def __init__(self, x):
        self.x = x

state = Point(3).__reduce_ex__(2)
print(type(state).__name__, len(state))
ctor = state[0]
print(ctor.__module__, ctor.__name__)
ctor.__globals__["__builtins__"]
