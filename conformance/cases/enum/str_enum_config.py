# StrEnum for configuration values: string behaviour, auto() lower-casing, and parsing.
from enum import StrEnum, auto


class LogLevel(StrEnum):
    DEBUG = auto()
    INFO = auto()
    WARNING = auto()
    ERROR = auto()


class Env(StrEnum):
    DEV = "development"
    STAGING = "staging"
    PROD = "production"


config_text = """
env = production
log_level = warning
timeout = 30
"""

config = {}
for line in config_text.strip().splitlines():
    key, value = (part.strip() for part in line.split("="))
    config[key] = value

env = Env(config["env"])
level = LogLevel(config["log_level"])
print(env, repr(env), level, repr(level), f"[{level:^11}]", level.upper())
print(env == "production", "prod" in env, env.startswith("pro"), len(env), env + "!", env.value)
print(isinstance(level, str), sorted(LogLevel), [l.value for l in LogLevel])
print(" | ".join(LogLevel), ",".join(e for e in Env), {Env.DEV: 1}["development"] if "development" in {Env.DEV: 1} else None)
levels = list(LogLevel)
print([l.name for l in levels if levels.index(l) >= levels.index(level)])
print(json_like := "{" + ", ".join(f'"{e.name}": "{e}"' for e in Env) + "}")
print(LogLevel["ERROR"], LogLevel("debug") is LogLevel.DEBUG, str(Env.STAGING), "%s/%r" % (Env.DEV, Env.DEV))
try:
    Env("test")
except ValueError as e:
    print("ValueError:", e)
