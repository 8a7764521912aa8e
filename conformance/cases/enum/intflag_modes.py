# IntFlag file modes: int arithmetic, unknown bits kept, str/repr/format, membership.
from enum import IntFlag


class Mode(IntFlag):
    X = 1
    W = 2
    R = 4

    @classmethod
    def parse(cls, text):
        mode = cls(0)
        for ch, flag in zip("rwx", (cls.R, cls.W, cls.X)):
            if ch in text:
                mode |= flag
        return mode

    def text(self):
        return "".join(ch if flag in self else "-" for ch, flag in zip("rwx", (Mode.R, Mode.W, Mode.X)))


perms = {"owner": "rwx", "group": "r-x", "other": "r--", "nobody": "---"}
octal = 0
for who, text in perms.items():
    m = Mode.parse(text)
    if who != "nobody":
        octal = octal * 8 + m
    print(f"{who:>6} {text} -> {m!r:<16} str={m!s:<3} int={int(m)} text={m.text()} bool={bool(m)}")
print(oct(octal), Mode.R | Mode.W, Mode.R + Mode.W, Mode.R | 2, 2 | Mode.R, repr(Mode.R | 8))
print(repr(Mode(7)), repr(Mode(0)), repr(~Mode.R), repr(Mode.R & 6), Mode.R ^ Mode.R, repr(Mode.R ^ Mode.W))
print(isinstance(Mode.R | Mode.W, Mode), isinstance(Mode.R + 1, Mode), Mode.W == 2, Mode.W in Mode(6))
print(list(Mode), list(Mode(5)), len(Mode(7)), f"{Mode.R:03b}", format(Mode(6), "d"), "%d" % Mode.X)
print(sorted([Mode.R, Mode.X, Mode.W]), max(Mode), Mode(3).name, Mode(9).name, Mode(16) == 16)
