# Configuration layering with ChainMap: defaults < file < environment < command line.
from collections import ChainMap

defaults = {"host": "localhost", "port": 8080, "debug": False, "workers": 2}
file_cfg = {"port": 9000, "workers": 4}
env_cfg = {"debug": True}
cli_cfg = {}

config = ChainMap(cli_cfg, env_cfg, file_cfg, defaults)
print(config["host"], config["port"], config["debug"], config["workers"])
print(len(config), sorted(config), dict(sorted(config.items())))
print("port" in config, "missing" in config, config.get("missing", "n/a"))

config["host"] = "0.0.0.0"
print(cli_cfg, defaults["host"])

request = config.new_child({"workers": 16})
print(request["workers"], config["workers"], request.parents["workers"])
print(len(request.maps), request.maps[0], request.parents is not config)

for key in ["host", "port", "debug"]:
    for i, layer in enumerate(config.maps):
        if key in layer:
            print(f"{key!r} comes from layer {i}: {layer[key]!r}")
            break

merged = ChainMap({"a": 1}, {"a": 2, "b": 3})
del merged["a"]
print(merged, merged["a"])
merged.update(c=5)
print(merged.maps)
print(repr(ChainMap()), ChainMap({"x": 1}) == {"x": 1})
print(merged.pop("c"), merged.pop("zzz", "default"))
copied = merged.copy()
copied["b"] = 99
print(merged["b"], copied["b"], type(copied).__name__)
try:
    del merged["b"]
except KeyError as e:
    print("KeyError", e)
m2 = merged | {"z": 26}
print(type(m2).__name__, m2["z"], sorted(m2))
config.maps[0].clear()
print(config["host"])
try:
    config.popitem()
except KeyError as e:
    print('KeyError', e)
print(config)
