from typing import Dict, List

from pydantic import BaseModel, ValidationError


class Dimensions(BaseModel):
    width: float
    height: float

    def area(self):
        return self.width * self.height


class Product(BaseModel):
    name: str
    dims: Dimensions
    stock: Dict[str, int] = {}


class Warehouse(BaseModel):
    name: str
    products: List[Product]


data = {
    "name": "Main",
    "products": [
        {"name": "Box", "dims": {"width": "2", "height": 3}, "stock": {"A1": 5, "B2": "7"}},
        {"name": "Tube", "dims": {"width": 0.5, "height": 10}},
    ],
}
wh = Warehouse.model_validate(data)
print(wh.name, len(wh.products))
for p in wh.products:
    print(p.name, p.dims.area(), sum(p.stock.values()))
print(wh.model_dump())
print(wh.model_dump(exclude={"products"}))
print(wh.products[0].model_dump_json(indent=2))

bad = {
    "name": "Broken",
    "products": [
        {"name": "A", "dims": {"width": "wide"}},
        {"name": "B", "dims": "square", "stock": {"X": "lots"}},
        "not a product",
    ],
}
try:
    Warehouse.model_validate(bad)
except ValidationError as exc:
    print(exc)
    print([".".join(str(p) for p in e["loc"]) for e in exc.errors()])
