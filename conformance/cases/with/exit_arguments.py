# What __exit__ receives: (None, None, None) on success, or the exception type, value and traceback.
class Inspector:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print(f"{self.name}: clean exit, args are", exc_type, exc_value, traceback)
        else:
            print(
                f"{self.name}: {exc_type.__name__}({exc_value})",
                isinstance(exc_value, exc_type),
                type(traceback).__name__,
                traceback is not None,
            )
        return self.name == "swallow"


with Inspector("ok"):
    pass
with Inspector("swallow"):
    raise KeyError("key")
with Inspector("swallow"):
    {}["missing"]
for exc in (ValueError("v"), StopIteration(3), ZeroDivisionError("z")):
    with Inspector("swallow"):
        raise exc
print("loop done")


def early_return():
    with Inspector("returning"):
        return "value from inside with"


print(early_return())
for i in range(3):
    with Inspector(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
with Inspector("propagate"):
    raise NotImplementedError("not swallowed")
