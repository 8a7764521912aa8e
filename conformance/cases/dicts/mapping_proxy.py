# dict views know their dict: view.mapping is a read-only live mappingproxy.

inventory = {"apples": 3, "pears": 0, "plums": 12}
keys = inventory.keys()
proxy = keys.mapping
print(type(proxy).__name__)
print(repr(proxy))
print(proxy)
print(proxy["plums"], proxy.get("kiwis", "none"), len(proxy), "pears" in proxy)
print(list(proxy), list(proxy.values()), sorted(proxy.items()))

inventory["kiwis"] = 7
print("live:", proxy["kiwis"], len(proxy))

copy = proxy.copy()
copy["apples"] = 0
print(type(copy).__name__, copy["apples"], inventory["apples"])

try:
    proxy["apples"] = 100
except TypeError as e:
    print("TypeError:", e)

try:
    proxy["mangos"]
except KeyError as e:
    print("KeyError:", e)

for view in (inventory.values(), inventory.items()):
    print(type(view).__name__, view.mapping is not None, view.mapping["apples"])
