# property with getter, setter and deleter: a user profile with validated, normalised and cached fields.
class Profile:
    def __init__(self, email, age):
        self.email = email
        self.age = age
        self._slug_cache = None

    @property
    def email(self):
        return self._email

    @email.setter
    def email(self, value):
        if "@" not in value:
            raise ValueError(f"invalid email {value!r}")
        self._email = value.strip().lower()
        self._slug_cache = None

    @email.deleter
    def email(self):
        print("  deleting email")
        del self._email

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        if not isinstance(value, int) or value < 0:
            raise TypeError("age must be a non-negative int")
        self._age = value

    @property
    def slug(self):
        if self._slug_cache is None:
            print("  computing slug")
            self._slug_cache = self._email.split("@")[0].replace(".", "-")
        return self._slug_cache


p = Profile("  Ann.Lee@Example.COM ", 30)
print(p.email, p.age, p.slug, p.slug)
p.email = "new.name@x.org"
print(p.email, p.slug)
for bad in ("no-at-sign", 5):
    try:
        p.email = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.age = -1
except TypeError as e:
    print("TypeError:", e)
del p.email
print(hasattr(p, "email"), type(Profile.email).__name__, Profile.email.fget.__name__)
print(p.email)
