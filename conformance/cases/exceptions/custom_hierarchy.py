# An application exception hierarchy with extra attributes, custom __str__ and handling by level.
class AppError(Exception):
    code = 500

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError):
    code = 404


class Forbidden(AppError):
    code = 403


class RateLimited(Forbidden):
    code = 429

    def __init__(self, retry_after):
        super().__init__("too many requests", detail=f"retry after {retry_after}s")
        self.retry_after = retry_after


def handle(path):
    if path == "/secret":
        raise Forbidden("access denied", detail="admin only")
    if path == "/busy":
        raise RateLimited(30)
    if path.startswith("/missing"):
        raise NotFound(f"no page at {path}")
    if path == "/crash":
        raise AppError("internal error")
    return f"200 OK {path}"


for path in ["/", "/secret", "/busy", "/missing/x", "/crash"]:
    try:
        print(handle(path))
    except Forbidden as e:
        print("forbidden-ish:", e, "| code", e.code, "| args", e.args, "| retry", getattr(e, "retry_after", None))
    except AppError as e:
        print("app error:", e, repr(e))
print(RateLimited.__mro__[1].__name__, isinstance(RateLimited(1), AppError))
raise RateLimited(5)
