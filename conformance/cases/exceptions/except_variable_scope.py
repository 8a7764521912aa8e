# The name bound by "except ... as e" is deleted at the end of the handler; keep a copy to use later.
saved = None
try:
    int("abc")
except ValueError as e:
    saved = e
    print("inside handler:", e)
print("saved:", repr(saved))
print("e" in dir())
errors = []
for text in ["1", "two", "3", "four"]:
    try:
        int(text)
    except ValueError as err:
        errors.append(err)
print(len(errors), [str(x) for x in errors])


def last_error():
    try:
        [][1]
    except IndexError as exc:
        pass
    return exc


try:
    last_error()
except UnboundLocalError as ule:
    print("UnboundLocalError:", ule)
e = "a string named e"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as exc:
    print("NameError:", exc)
