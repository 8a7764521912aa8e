# A service writes its merged configuration in several layouts: pretty for
# humans, compact for the wire, sorted for stable diffs.
import json

defaults = {
    "service": "billing",
    "port": 8080,
    "debug": False,
    "timeouts": {"connect": 2.5, "read": 30, "retries": 3},
    "features": ["invoices", "refunds"],
    "owner": None,
}
overrides = {"debug": True, "timeouts": {"read": 45}, "features": ["invoices", "refunds", "credits"]}


def merge(base, extra):
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


config = merge(defaults, overrides)
print(json.dumps(config))
print(json.dumps(config, indent=2))
print(json.dumps(config, indent=4, sort_keys=True))
print(json.dumps(config, separators=(",", ":")))
print(json.dumps(config, indent="\t", separators=(",", " = ")))
print(json.dumps(config, indent=0))
print(json.dumps({"empty_list": [], "empty_obj": {}, "nested": [[], {}, [[]]]}, indent=2))
print(json.dumps([1, [2, [3, [4]]]], indent=1))

# Stable output: two dicts built in different orders dump the same when sorted.
a = {"zeta": 1, "alpha": {"y": 2, "b": 3}}
b = {"alpha": {"b": 3, "y": 2}, "zeta": 1}
print(json.dumps(a) == json.dumps(b), json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True))

# The round trip keeps everything.
text = json.dumps(config, indent=2, sort_keys=True)
print(json.loads(text) == config, len(text), text.count("\n"))
encoder = json.JSONEncoder(indent=2, sort_keys=True)
print(encoder.encode(config) == text, encoder.item_separator, repr(encoder.key_separator))
