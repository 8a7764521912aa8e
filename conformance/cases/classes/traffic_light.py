# A traffic-light controller class: a state table, timers, transitions and an invalid event.
class TrafficLight:
    TRANSITIONS = {
        ("red", "timer"): "green",
        ("green", "timer"): "yellow",
        ("yellow", "timer"): "red",
        ("green", "emergency"): "red",
        ("yellow", "emergency"): "red",
        ("red", "emergency"): "red",
    }
    DURATIONS = {"red": 30, "green": 25, "yellow": 5}

    def __init__(self, name):
        self.name = name
        self.state = "red"
        self.elapsed = 0
        self.log = []

    def handle(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise ValueError(f"{self.name}: no transition from {self.state!r} on {event!r}")
        old, self.state = self.state, self.TRANSITIONS[key]
        self.log.append(f"{old}->{self.state}")
        self.elapsed = 0

    def tick(self, seconds):
        self.elapsed += seconds
        while self.elapsed >= self.DURATIONS[self.state]:
            over = self.elapsed - self.DURATIONS[self.state]
            self.handle("timer")
            self.elapsed = over

    def __str__(self):
        return f"{self.name}[{self.state} {self.elapsed}s]"


light = TrafficLight("main-st")
for step in (10, 25, 30, 4, 1, 70):
    light.tick(step)
    print(light)
light.handle("emergency")
print(light, light.log)
try:
    light.handle("maintenance")
except ValueError as exc:
    print("ValueError:", exc)
