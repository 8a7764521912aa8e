# Exception args, str() and repr() for zero, one and many arguments, and KeyError's quoting.
samples = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    ValueError(""),
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    OSError(2, "No such file"),
    StopIteration(42),
    RuntimeError(None),
]
for e in samples:
    print(f"{type(e).__name__:>13} args={e.args!r:<22} str={str(e)!r:<22} repr={e!r}")
err = ValueError("bad", {"field": "x"})
print(err.args[1]["field"], len(err.args))
err.args = ("replaced",)
print(err, repr(err))
print(StopIteration(42).value, OSError(2, "No such file").errno, OSError(2, "No such file").strerror)


class WithData(Exception):
    def __init__(self, field, value):
        super().__init__(f"{field}={value!r}")
        self.field, self.value = field, value


e = WithData("age", -1)
print(e, repr(e), e.args, e.field)


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


print(repr(NoSuper(5)), str(NoSuper(5)), NoSuper(5).args)
try:
    raise KeyError("user_id")
except KeyError as exc:
    print("KeyError:", exc)
