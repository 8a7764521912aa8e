# A traffic-light state machine with an enum, a match statement and a transition table.
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()


TRANSITIONS = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
DURATIONS = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}


def describe(light: Light) -> str:
    match light:
        case Light.RED:
            return "stop"
        case Light.GREEN:
            return "go"
        case Light.YELLOW:
            return "slow down"


state = Light.RED
elapsed = 0
timeline = []
while elapsed < 120:
    timeline.append(f"{elapsed:>3}s {state.name:<6} {describe(state)}")
    elapsed += DURATIONS[state]
    state = TRANSITIONS[state]
print("\n".join(timeline))
print(Light.GREEN, repr(Light.YELLOW), Light(1), Light["GREEN"].value, [l.name for l in Light])
try:
    Light(7)
except ValueError as exc:
    print("ValueError:", exc)
print(describe(state).title(), TRANSITIONS[None])
