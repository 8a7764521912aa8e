import json

from pydantic import BaseModel, Field, ValidationError


class Measurement(BaseModel):
    sensor: str = Field(min_length=3, max_length=10)
    value: float = Field(gt=-50, lt=150)
    samples: list[int] = Field(min_length=1, max_length=3)


cases = [
    {"sensor": "ab", "value": 200, "samples": []},
    {"sensor": "thermometer-x", "value": -50, "samples": [1, 2, 3, 4]},
    {"sensor": "abc", "value": "hot", "samples": ["1", "two"]},
]
for data in cases:
    try:
        Measurement(**data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            print(err["type"], err["loc"], err["msg"], err.get("ctx"))
        print(json.dumps([{k: v for k, v in e.items() if k != "url"} for e in exc.errors()]))
        print(str(exc).splitlines()[0])
