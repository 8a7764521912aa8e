# del on names, list items and slices, dict keys and attributes; using a deleted name fails.
inventory = ["bolts", "nuts", "screws", "washers", "rivets", "pins"]
del inventory[1]
print(inventory)
del inventory[-1]
print(inventory)
del inventory[1:3]
print(inventory)

nums = list(range(10))
del nums[::3]
print(nums)

prices = {"apple": 1.2, "pear": 0.8, "plum": 2.5}
del prices["pear"]
print(prices)
try:
    del prices["kiwi"]
except KeyError as e:
    print("KeyError", e)


class Box:
    pass


b = Box()
b.width = 3
b.height = 4
del b.width
print(hasattr(b, "width"), b.height)
try:
    del b.depth
except AttributeError as e:
    print("AttributeError:", e)

a, c = 1, 2
del a, c
temp = "scratch"
print(temp)
del temp
try:
    print(temp)
except NameError as exc:
    print("NameError:", exc)
