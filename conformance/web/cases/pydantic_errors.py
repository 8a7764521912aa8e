from typing import Dict, List, Optional, Union

from fastapi import FastAPI
from pydantic import BaseModel, Field, ValidationError

app = FastAPI()


class Config(BaseModel):
    name: str
    retries: int = 3
    ratio: float = 0.5
    enabled: bool = True
    hosts: List[str] = []
    limits: Dict[str, int] = {}
    port: Optional[int] = None
    mode: Union[int, str] = 0


CASES = {
    "ok": {"name": "svc", "retries": "5", "ratio": "0.25", "enabled": "off", "hosts": ["a"], "limits": {"cpu": "2"}},
    "types": {"name": None, "retries": "many", "ratio": [], "enabled": "perhaps", "hosts": "h", "limits": [], "port": "p"},
    "nested": {"name": "x", "hosts": ["ok", 2, None], "limits": {"a": "x", "b": 1.5}},
    "floats": {"name": "f", "retries": 2.0, "ratio": True, "enabled": 1, "port": 8080.0},
    "union": {"name": "u", "mode": [1]},
    "long": {"name": "n" * 80, "retries": "x" * 60},
    "empty": {},
}


@app.get("/validate/{case}")
def validate(case: str):
    try:
        cfg = Config(**CASES[case])
        return {"valid": True, "config": cfg}
    except ValidationError as e:
        return {"valid": False, "message": str(e), "errors": e.errors(include_url=False)}
