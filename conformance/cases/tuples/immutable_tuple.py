# Tuples cannot change, but the objects inside them can; += makes a new tuple.
point = (3, 4)
moved = (point[0] + 1, point[1])
print(point, moved)
coords = point
coords += (5,)
print(point, coords, point is coords)
holder = ([1, 2], "text")
holder[0].append(3)
print(holder)
try:
    holder[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(holder)
try:
    del point[0]
except TypeError as e:
    print("TypeError:", e)
try:
    point.append(5)
except AttributeError as e:
    print("AttributeError:", e)
as_list = list(point)
as_list[0] = 99
print(tuple(as_list), point)
point[0] = 10
