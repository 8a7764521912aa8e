# Builtins made with Argument Clinic word a bad keyword as
# "'x' is an invalid keyword argument for f()" in 3.11; round() takes its
# two parameters by keyword too.
import math

calls = [
    ("open", lambda: open("data.txt", defaultdict=1)),
    ("print", lambda: print("x", colour="red")),
    ("split", lambda: "a b".split(seps=" ")),
    ("encode", lambda: "a".encode(encodng="utf-8")),
    ("enumerate", lambda: enumerate([], begin=1)),
    ("max", lambda: max([1, 2], keys=abs)),
    ("sum", lambda: sum([1], begin=1)),
    ("isclose", lambda: math.isclose(1, 1, tol=0.1)),
    ("round", lambda: round(1.5, digits=1)),
    ("round3", lambda: round(1.5, 2, ndigits=1)),
    ("bytes", lambda: bytes(size=3)),
]
for name, call in calls:
    try:
        call()
    except TypeError as e:
        print(f"{name}: {e}")

print(round(2.675, ndigits=2), round(number=7.5), round(1234.5, ndigits=-2))
print(sorted([3, 1, 2], reverse=True), max([3, -4], key=abs))
open("notes.txt", "w", encodin="utf-8")
