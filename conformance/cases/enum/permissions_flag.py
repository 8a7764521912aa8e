# Flag permissions: combining, testing, iterating, inverting and reprs.
from enum import Flag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE | DELETE


users = {
    "alice": Perm.ALL,
    "bob": Perm.READ | Perm.WRITE,
    "carol": Perm.READ,
    "dave": Perm(0),
}

for name, perms in users.items():
    granted = [p.name for p in Perm if p in perms and p._value_ & (p._value_ - 1) == 0]
    print(f"{name:>6}: {str(perms):<32} {repr(perms):<40} {granted} bool={bool(perms)} len={len(perms)}")


def check(user, needed):
    have = users[user]
    missing = needed & ~have
    return "ok" if not missing else f"missing {missing}"


print(check("bob", Perm.READ | Perm.EXECUTE), check("alice", Perm.DELETE), check("dave", Perm.RW))
print(Perm.RW, repr(Perm.RW), Perm(3) is Perm.RW, Perm.ALL.value, [p.value for p in Perm])
print(~Perm.READ, Perm.READ ^ Perm.RW, Perm.ALL & ~Perm.WRITE, list(Perm.ALL & ~Perm.WRITE))
print(Perm.WRITE in Perm.RW, Perm.EXECUTE in Perm.RW, Perm.READ | Perm.READ, len(Perm), list(Perm.__members__))
print(repr(Perm(0)), str(Perm(0)), Perm(5), repr(Perm(12)))
try:
    Perm(32)
except ValueError as e:
    print("ValueError:", e)
