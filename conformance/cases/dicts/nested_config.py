# Nested config dicts: dotted-path get/set, flattening and listing all leaf paths.
config = {
    "server": {"host": "0.0.0.0", "port": 8000, "tls": {"enabled": False, "cert": None}},
    "db": {"url": "sqlite://", "pool": {"size": 5}},
    "features": ["search", "export"],
}


def get_path(cfg, path, default=None):
    node = cfg
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


def set_path(cfg, path, value):
    *parents, leaf = path.split(".")
    node = cfg
    for part in parents:
        node = node.setdefault(part, {})
    node[leaf] = value


def flatten(cfg, prefix=""):
    out = {}
    for k, v in cfg.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out


print(get_path(config, "server.tls.enabled"), get_path(config, "db.pool.size"), get_path(config, "db.missing", "?"))
set_path(config, "server.tls.enabled", True)
set_path(config, "cache.redis.ttl", 300)
for key, value in flatten(config).items():
    print(f"{key} = {value!r}")
print(len(flatten(config)), sorted(config))


def require(cfg, path):
    value = get_path(cfg, path)
    if value is None:
        raise KeyError(path)
    return value


print(require(config, "cache.redis.ttl"))
require(config, "server.tls.cert")
