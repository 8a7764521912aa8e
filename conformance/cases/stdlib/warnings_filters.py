# warnings: default once-per-location display, filters, errors and recording.
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def risky(value):
    if value < 0:
        warnings.warn(f"negative value {value} clipped")
        return 0
    return value


for v in [3, -1, -2, 5]:
    print(risky(v))
print(old_api(1))
for _ in range(2):
    print(old_api(2))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(-5)
    risky(-6)
    old_api(3)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno > 0, caught[0].filename.endswith(".py"))
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        risky(-9)
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="negative")
    print(risky(-10))
warnings.warn("plain runtime note", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 7, "x = 1"), end="")
