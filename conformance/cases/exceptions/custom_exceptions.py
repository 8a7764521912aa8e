# Custom exception hierarchies with extra fields; an uncaught custom error.
class AppError(Exception):
    """Base error of the app."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFoundError(AppError):
    pass


def validate(user):
    if not user.get("email"):
        raise ValidationError("email", "is required")
    if "@" not in user["email"]:
        raise ValidationError("email", f"{user['email']!r} is not an address")
    return True


for user in [{"email": "a@b.c"}, {}, {"email": "nope"}]:
    try:
        print(validate(user))
    except ValidationError as e:
        print("invalid", e.field, "-", e)
    except AppError:
        print("some other app error")

try:
    raise NotFoundError("user 7")
except AppError as e:
    print(type(e).__name__, e, isinstance(e, Exception), e.__class__.__mro__[1].__name__)
users = {}
if 7 not in users:
    raise NotFoundError(f"user {7} does not exist")
