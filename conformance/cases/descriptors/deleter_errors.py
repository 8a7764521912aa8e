# Deleting attributes managed by properties: with a deleter it runs, without one it fails.
class Session:
    def __init__(self, user):
        self._user = user
        self._token = "abc123"

    @property
    def user(self):
        return self._user

    @user.deleter
    def user(self):
        print(f"  logging out {self._user}")
        self._user = None
        del self._token

    @property
    def token(self):
        return getattr(self, "_token", None)

    @property
    def active(self):
        return self._user is not None


s = Session("kim")
print(s.user, s.token, s.active)
del s.user
print(s.user, s.token, s.active)
try:
    s.user = "lee"
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.fdel)
q = p.setter(lambda self, v: None)
print(p is q, q.fset is not None, p.fset)
try:
    del s.active
except AttributeError as exc:
    print("AttributeError:", exc)
