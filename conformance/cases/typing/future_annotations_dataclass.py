# Dataclasses under postponed annotations: ClassVar and InitVar are recognised from their text.
from __future__ import annotations

import dataclasses
from dataclasses import InitVar, dataclass, field
from typing import ClassVar


@dataclass
class Config:
    registry: ClassVar[dict[str, Config]] = {}
    name: str
    retries: int = 3
    secret: InitVar[str | None] = None
    tags: list[str] = field(default_factory=list)
    masked: str = field(init=False, default="")

    def __post_init__(self, secret: str | None) -> None:
        self.masked = "*" * len(secret) if secret else ""
        Config.registry[self.name] = self


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: typing_str = "final"


typing_str = str
a = Config("db", secret="hunter2")
b = Config("cache", retries=5, tags=["fast"])
print(a, b)
print(sorted(Config.registry), [f.name for f in dataclasses.fields(Config)])
print({f.name: f.type for f in dataclasses.fields(Config)})
print(sorted([Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]))
print(Version.__annotations__, "registry" in Config.__dataclass_fields__)
Config()
