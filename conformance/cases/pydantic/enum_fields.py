from enum import Enum
from typing import List, Literal

from pydantic import BaseModel, ValidationError


class Status(str, Enum):
    open = "open"
    closed = "closed"


class Level(int, Enum):
    low = 1
    high = 2


class Ticket(BaseModel):
    title: str
    status: Status = Status.open
    level: Level = Level.low
    kind: Literal["bug", "feature"] = "bug"
    watchers: List[str] = []


for data in [
    {"title": "Crash on start", "status": "closed", "level": 2},
    {"title": "Dark mode", "kind": "feature", "level": "1", "watchers": ["ann", "bo"]},
    {"title": "Typo", "status": "pending", "level": 5, "kind": "chore"},
]:
    try:
        t = Ticket(**data)
        print(t.title, t.status, t.status.value, t.level.name, t.kind, t.watchers)
        print(t.model_dump())
        print(t.model_dump(mode="json"))
        print(t.model_dump_json())
    except ValidationError as exc:
        print(exc)
