# A fleet of vehicles: composition (engine object), polymorphic methods and aggregate reports.
class Engine:
    def __init__(self, hp, fuel):
        self.hp = hp
        self.fuel = fuel
        self.running = False

    def start(self):
        self.running = True
        return f"{self.fuel} engine ({self.hp}hp) started"


class Vehicle:
    wheels = 4

    def __init__(self, plate, engine, capacity):
        self.plate = plate
        self.engine = engine
        self.capacity = capacity
        self.odometer = 0

    def drive(self, km):
        if not self.engine.running:
            raise RuntimeError(f"{self.plate}: engine is off")
        self.odometer += km
        return self

    def cost_per_km(self):
        return 0.1 + self.engine.hp / 2000

    def __repr__(self):
        return f"{type(self).__name__}({self.plate}, {self.odometer}km)"


class Truck(Vehicle):
    wheels = 6

    def cost_per_km(self):
        return super().cost_per_km() * 2 + 0.05 * self.capacity / 10


class Motorbike(Vehicle):
    wheels = 2

    def __init__(self, plate, engine):
        super().__init__(plate, engine, capacity=1)


fleet = [
    Vehicle("CAR-1", Engine(120, "petrol"), 5),
    Truck("TRK-1", Engine(400, "diesel"), 30),
    Motorbike("BIKE-1", Engine(60, "petrol")),
]
for v in fleet:
    print(v.engine.start())
for v, km in zip(fleet, (120, 300, 45)):
    v.drive(km).drive(km // 3)
for v in fleet:
    print(v, v.wheels, f"{v.cost_per_km():.3f}", f"{v.cost_per_km() * v.odometer:.2f}")
print(sum(v.wheels for v in fleet), max(fleet, key=lambda v: v.odometer))
by_fuel = {}
for v in fleet:
    by_fuel.setdefault(v.engine.fuel, []).append(v.plate)
print(by_fuel)
spare = Truck("TRK-2", Engine(350, "diesel"), 20)
spare.drive(10)
