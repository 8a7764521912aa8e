# Read-only computed properties on a rectangle; assigning or deleting one raises AttributeError.
class Rect:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    @property
    def area(self):
        return self.w * self.h

    @property
    def center(self):
        return (self.x + self.w / 2, self.y + self.h / 2)

    @property
    def corners(self):
        return [(self.x, self.y), (self.x + self.w, self.y), (self.x + self.w, self.y + self.h), (self.x, self.y + self.h)]

    def intersects(self, other):
        return not (self.x + self.w <= other.x or other.x + other.w <= self.x or self.y + self.h <= other.y or other.y + other.h <= self.y)


a = Rect(0, 0, 4, 3)
b = Rect(2, 1, 5, 5)
print(a.area, a.center, a.corners)
print(a.intersects(b), a.intersects(Rect(4, 0, 1, 1)))
a.w = 10
print(a.area, a.center)
print(sorted([a, b], key=lambda r: r.area)[0].area)
try:
    a.area = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.center
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Rect.area, property), Rect.area.fset, Rect.area.__doc__)
try:
    a.corners = []
except AttributeError as exc:
    print("AttributeError:", exc)
