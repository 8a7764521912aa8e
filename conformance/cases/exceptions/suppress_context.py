# raise ... from None hides the original error; the traceback shows only the new one.
class MissingSetting(LookupError):
    pass


SETTINGS = {"mode": "fast"}


def setting(name):
    try:
        return SETTINGS[name]
    except KeyError:
        raise MissingSetting(f"setting {name!r} is not configured") from None


print(setting("mode"))
try:
    setting("level")
except MissingSetting as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)


def convert(value):
    try:
        return float(value)
    except (TypeError, ValueError) as e:
        err = ValueError(f"cannot convert {value!r}")
        err.__cause__ = None
        raise err from e


try:
    convert([1])
except ValueError as e:
    print(e, "<-", type(e.__cause__).__name__)
setting("colour")
