from typing import Dict, Literal, Optional, Union

from pydantic import BaseModel, ValidationError


class Settings(BaseModel):
    debug: bool = False
    workers: int = 1
    ratio: float = 1.0
    mode: Literal["dev", "prod"] = "dev"
    limits: Dict[str, int] = {}
    port: Optional[int] = None
    label: Union[int, str] = 0


inputs = [
    {"debug": "yes", "workers": "4", "ratio": "0.5", "mode": "prod", "limits": {"cpu": "2"}, "port": "8080"},
    {"debug": "on", "workers": 3.0, "ratio": 2, "label": "blue"},
    {"debug": 1, "workers": True, "label": 7},
    {"debug": "maybe", "workers": 2.5, "ratio": "fast", "mode": "test"},
    {"limits": {"cpu": "many", "mem": 1.5}, "port": [], "label": None},
    {"workers": " 12 ", "debug": "OFF", "ratio": "1e3"},
]

for data in inputs:
    try:
        s = Settings(**data)
        print(s)
    except ValidationError as exc:
        print(exc)
