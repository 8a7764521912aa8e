# Feature flags and HTTP-like codes with Flag, IntFlag, IntEnum and StrEnum.
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class Feature(Flag):
    NONE = 0
    SEARCH = auto()
    EXPORT = auto()
    SHARE = auto()
    ADMIN = auto()
    BASIC = SEARCH | EXPORT


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    ERROR = 500

    @property
    def is_error(self):
        return self >= 400


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


plans = {"free": Feature.SEARCH, "pro": Feature.BASIC | Feature.SHARE, "root": ~Feature.NONE}
for plan, feats in plans.items():
    print(plan, feats, [f.name for f in Feature if f in feats and f.value], bool(feats & Feature.EXPORT))
print(Feature.BASIC, Feature(3), Feature.SEARCH | Feature.ADMIN, Feature(0), repr(Feature.SHARE))
print(list(Feature), len(Feature), Feature.BASIC.value, Feature["ADMIN"])
print(Status.OK == 200, Status(404).name, Status.ERROR.is_error, sorted([Status.ERROR, Status.OK]))
print(Status.CREATED + 1, int(Status.NOT_FOUND), f"{Status.OK}", str(Status.OK), repr(Status.OK))
print([s.value for s in Status if not s.is_error], max(Status), Status.OK < Status.CREATED)
mode = Perm.R | Perm.W
print(mode, int(mode), Perm.X in mode, mode & Perm.W, oct(mode | Perm.X), Perm(7), repr(Perm(5)))
print(Perm.R | 8, ~Perm.R, Perm(0), list(Perm))
print(Color.RED, Color.GREEN.upper(), Color("green"), Color.RED == "red", f"{Color.RED}!", repr(Color.RED))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)


print(Planet.EARTH.gravity, Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)).name)
for bad in [lambda: Status(418), lambda: Color("blue"), lambda: Perm.R + "x"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
Perm.R + "x"
