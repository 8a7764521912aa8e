# Wrapping low-level errors with raise ... from: the traceback shows both, joined by "direct cause".
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"port must be a number, got {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def load(settings):
    return {"port": parse_port(settings.get("port", "80"))}


print(load({"port": "8080"}), load({}))
try:
    load({"port": "99999"})
except ConfigError as e:
    print("ConfigError:", e, "| cause:", e.__cause__, "| context:", e.__context__)
try:
    load({"port": "http"})
except ConfigError as e:
    print("ConfigError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
load({"port": "eighty"})
