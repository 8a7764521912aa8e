# Recursion through __eq__ called by ==.
class E:
    def __eq__(self, other):
        return self == other

E() == E()
