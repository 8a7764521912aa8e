# Persisting dataclass records: asdict to JSON, back through a from_dict classmethod, enums inside.
import json
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from enum import Enum
from typing import List, Optional


class Priority(Enum):
    LOW = 1
    HIGH = 2


@dataclass
class Task:
    title: str
    priority: Priority = Priority.LOW
    done: bool = False
    tags: List[str] = field(default_factory=list)
    parent: Optional[int] = None

    @classmethod
    def from_dict(cls, d):
        d = dict(d)
        d["priority"] = Priority[d["priority"]]
        return cls(**d)


def encode(obj):
    if isinstance(obj, Enum):
        return obj.name
    if is_dataclass(obj):
        return asdict(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


tasks = [Task("write report", Priority.HIGH, tags=["work"]), Task("buy milk"), Task("fix bug", parent=0)]
text = json.dumps([asdict(t) for t in tasks], default=encode, indent=1)
print(text)
loaded = [Task.from_dict(d) for d in json.loads(text)]
print(loaded == tasks, loaded[0], [f.name for f in fields(Task)])
print(json.dumps(tasks[0], default=encode, sort_keys=True))
summary = {p.name: sum(1 for t in tasks if t.priority is p) for p in Priority}
print(summary, json.dumps(summary))
try:
    json.dumps({"when": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    Task.from_dict({"title": "x", "priority": "URGENT"})
except KeyError as e:
    print("KeyError:", e)
Task.from_dict({"title": "x", "priority": "LOW", "owner": "me"})
