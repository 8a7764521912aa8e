# Merging dicts: |, |=, ** unpacking, update with kwargs, and dict() with both mapping and kwargs.
defaults = {"host": "localhost", "port": 8080, "debug": False}
user = {"port": 9090, "debug": True}
env = {"host": "prod.example.com"}
print(defaults | user)
print(defaults | user | env)
print({**defaults, **user, "extra": 1})
print(dict(defaults, port=1, timeout=30))
print(user | defaults)
cfg = dict(defaults)
cfg |= user
cfg |= [("log", "info")]
print(cfg, defaults)
cfg.update(env, retries=3)
cfg.update([("a", 1), ("b", 2)])
print(cfg)
print(dict(zip(["x", "y"], [1, 2])), dict([("k", "v")]), dict(a=1, b=2), dict({}), dict())


def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


a = {"db": {"host": "x", "pool": {"min": 1, "max": 5}}, "name": "app"}
b = {"db": {"pool": {"max": 20}, "user": "root"}, "name": "app2"}
print(deep_merge(a, b))
print(a)
try:
    print(defaults | [("k", 1)])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    print(defaults + user)
except TypeError as exc:
    print("TypeError:", exc)
