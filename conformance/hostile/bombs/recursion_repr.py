# Recursion through __repr__ called by repr().
class R:
    def __repr__(self):
        return repr(self)

repr(R())
