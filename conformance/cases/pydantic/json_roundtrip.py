from typing import Dict, List, Optional

from pydantic import BaseModel, ValidationError


class Point(BaseModel):
    x: float
    y: float


class Route(BaseModel):
    name: str
    points: List[Point]
    meta: Dict[str, str] = {}
    note: Optional[str] = None


text = '{"name": "loop", "points": [{"x": 0, "y": 0}, {"x": "1.5", "y": 2}], "meta": {"by": "ann"}}'
route = Route.model_validate_json(text)
print(route)
dumped = route.model_dump_json()
print(dumped)
again = Route.model_validate_json(dumped)
print(again == route)
print(route.model_dump_json(indent=2, exclude_none=True))

for bad in ['{"name": "x", "points": [{"x": "a"}]}', '{"name": 5}']:
    try:
        Route.model_validate_json(bad)
    except ValidationError as exc:
        print(exc)
