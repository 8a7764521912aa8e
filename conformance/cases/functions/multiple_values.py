# Argument binding conflicts: multiple values for one parameter, positional-after-keyword via unpacking.
def send(recipient, subject, body="", *, cc=None):
    return f"to={recipient} subject={subject!r} body={body!r} cc={cc}"


print(send("ann", "hi"))
print(send(subject="hey", recipient="bob", cc=["x"]))
args = ("cy", "report")
print(send(*args, body="see attached"))
try:
    send("ann", "hi", recipient="bob")
except TypeError as e:
    print("TypeError:", e)
try:
    send(*args, **{"subject": "dup"})
except TypeError as e:
    print("TypeError:", e)
try:
    send("ann", **{"subject": "s"}, **{"subject": "t"})
except TypeError as e:
    print("TypeError:", e)


def collect(first, *rest, **named):
    return first, rest, named


print(collect(1, 2, 3, x=4), collect(first=0), collect(*"ab", **{"z": 1}))
try:
    collect(1, first=2)
except TypeError as e:
    print("TypeError:", e)
try:
    send("ann", "subj", "body", "extra")
except TypeError as exc:
    print("TypeError:", exc)
