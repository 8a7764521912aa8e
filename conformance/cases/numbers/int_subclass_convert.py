# int() of an int-subclass instance gives an exact int (an IntFlag-like
# class builds its operators on it), also for big values.
class Bits(int):
    def __or__(self, other):
        return Bits(int(self) | int(other))

    def __repr__(self):
        return f"Bits({int(self):#b})"

a, b = Bits(0b0101), Bits(0b0010)
print(a | b, type(int(a)).__name__, int(a) == 5)
big = Bits(2 ** 70)
print(type(int(big)).__name__, int(big) == 2 ** 70, big | 1)
x = 2 ** 80
print(int(x) is x, int(True), type(int(True)).__name__)
