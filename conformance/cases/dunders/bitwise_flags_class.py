# A permission-flags class with bitwise dunders: | & ^ ~ << >> and their reflected forms.
class Perm:
    NAMES = ["read", "write", "exec", "admin"]

    def __init__(self, bits=0):
        self.bits = bits & 0b1111

    def __or__(self, other):
        return Perm(self.bits | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return Perm(self.bits & int(other))

    def __rand__(self, other):
        return Perm(int(other) & self.bits)

    def __xor__(self, other):
        return Perm(self.bits ^ int(other))

    def __invert__(self):
        return Perm(~self.bits)

    def __lshift__(self, n):
        return Perm(self.bits << n)

    def __rshift__(self, n):
        return Perm(self.bits >> n)

    def __int__(self):
        return self.bits

    def __index__(self):
        return self.bits

    def __contains__(self, other):
        return self.bits & int(other) == int(other)

    def __eq__(self, other):
        return int(self) == int(other)

    def __repr__(self):
        names = [n for i, n in enumerate(self.NAMES) if self.bits >> i & 1]
        return "Perm(" + "|".join(names or ["none"]) + ")"


R, W, X, A = (Perm(1 << i) for i in range(4))
rw = R | W
print(rw, rw & W, rw ^ R, ~rw, R << 2, A >> 3, rw | 8, 4 | rw, 3 & X)
print(W in rw, X in rw, (R | W | X) == 7, bin(rw), hex(~R), [0, 10, 20, 30][rw])
everyone = Perm()
for p in (R, X):
    everyone |= p
print(everyone, int(everyone))
try:
    print(rw + R)
except TypeError as exc:
    print("TypeError:", exc)
