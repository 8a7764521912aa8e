# Unpacking sequences and mappings into calls: *list, **dict, several of each, and iterators.
def point3d(x, y, z):
    return f"({x}, {y}, {z})"


coords = [1, 2, 3]
print(point3d(*coords))
print(point3d(*coords[:2], 9), point3d(0, *range(2)), point3d(*"abc"))
print(point3d(**{"x": 1, "z": 3, "y": 2}), point3d(1, **{"z": 3, "y": 2}))
print(point3d(*[1], *[2], *(3,)))
part1 = {"x": 10}
part2 = {"y": 20}
print(point3d(**part1, **part2, z=30))
print(max(*[3, 8, 1]), min(*"zebra"), print(*["a", "b"], sep="-"))
matrix = [[1, 2, 3], [4, 5, 6]]
print(*matrix)
print(list(zip(*matrix)))
gen = (i * i for i in range(3))
print(point3d(*gen))


def total(*nums, scale=1):
    return sum(nums) * scale


print(total(*range(5), scale=2), total(*{1: "a", 2: "b"}), total(*{5, 6}))
kwargs = {"scale": 10}
print(total(1, 2, **kwargs))
try:
    point3d(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    point3d(**{"x": 1, "y": 2, "w": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    point3d(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    point3d(**[1, 2, 3])
except TypeError as exc:
    print("TypeError:", exc)
