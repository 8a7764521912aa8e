# __hash__ and __eq__ together: value objects in sets and dict keys, and what breaks without __hash__.
class Coord:
    def __init__(self, lat, lon):
        self.lat = round(lat, 4)
        self.lon = round(lon, 4)

    def __eq__(self, other):
        if not isinstance(other, Coord):
            return NotImplemented
        return (self.lat, self.lon) == (other.lat, other.lon)

    def __hash__(self):
        return hash((self.lat, self.lon))

    def __repr__(self):
        return f"Coord({self.lat}, {self.lon})"


visits = [Coord(51.50735, -0.12776), Coord(48.8566, 2.3522), Coord(51.507349, -0.127761), Coord(48.8566, 2.3522)]
unique = set(visits)
print(len(visits), len(unique), Coord(48.8566, 2.3522) in unique)
counts = {}
for c in visits:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(visits[0] == visits[2], visits[0] is visits[2], hash(visits[0]) == hash(visits[2]))


class Mutable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


class Identity:
    pass


print(Mutable.__hash__, len({Identity(), Identity()}))


class Inherits(Coord):
    pass


print(Inherits(1, 2) == Coord(1, 2), hash(Inherits(1, 2)) == hash(Coord(1, 2)))


class Reenabled(Mutable):
    __hash__ = object.__hash__


print(len({Reenabled(1), Reenabled(1)}))
try:
    lookup = {Mutable(1): "one"}
except TypeError as exc:
    print("TypeError:", exc)
