# Unpacking dicts: iteration gives keys, items() gives pairs, ** in calls and literals, and sorting first.
config = {"host": "db.local", "port": 5432, "user": "admin"}
k1, k2, k3 = config
print(k1, k2, k3)
(ka, va), *rest = config.items()
print(ka, va, rest)
host, port, user = config.values()
print(host, port, user)


def connect(host, port, user, password="secret"):
    return f"{user}:{password}@{host}:{port}"


print(connect(**config), connect(**config, password="pw"))
print(connect(**{**config, "port": 6543}))
smallest_key, *_ = sorted(config)
print(smallest_key)
for key, value in config.items():
    print(f"{key:>5} = {value!r}")
merged = {**config, **{"user": "root"}}
print(merged)
(only_key,) = {"solo": 1}
print(only_key)
first_item, = {"k": "v"}.items()
print(first_item)
try:
    a, b = {"x": 1, "y": 2, "z": 3}
except ValueError as exc:
    print("ValueError:", exc)
