# Recursion through __getattr__.
class G:
    def __getattr__(self, name):
        return self.missing

G().x
