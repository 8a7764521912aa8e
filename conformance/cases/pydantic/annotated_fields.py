# Fields declared with typing.Annotated: the Field() constraints ride in the
# metadata, the default comes from the assignment (or from the Field), and
# nested Annotated layers flatten.
from typing import Annotated, List, Optional

from pydantic import BaseModel, Field, ValidationError

Price = Annotated[float, Field(gt=0, le=10_000)]
Name = Annotated[str, Field(min_length=2, max_length=12)]


class Product(BaseModel):
    name: Name
    price: Price
    stock: Annotated[int, Field(ge=0)] = 0
    tags: Annotated[List[str], Field(default_factory=list, max_length=3)]
    sku: Annotated[Optional[str], Field(pattern=r"^[A-Z]{3}-\d{3}$")] = None
    discount: Annotated[float, Field(ge=0, lt=1)] = Field(default=0.0, description="fraction")


for name, info in Product.model_fields.items():
    print(name, info.annotation, info.is_required(), repr(info.default))

p = Product(name="Lamp", price="19.5", tags=["home"], sku="LMP-001")
print(p)
print(p.model_dump())
print(Product(name="Desk", price=120, stock=4, discount=0.25).model_dump_json())

bad_inputs = [
    {"name": "X", "price": 0},
    {"name": "Chair", "price": 20001, "stock": -1},
    {"name": "Rug", "price": 30, "tags": ["a", "b", "c", "d"]},
    {"name": "Vase", "price": 12, "sku": "vase-1"},
    {"name": "Mat", "price": 5, "discount": 1},
]
for data in bad_inputs:
    try:
        Product(**data)
    except ValidationError as exc:
        print(exc.error_count(), [(e["type"], e["loc"]) for e in exc.errors()])
        print(str(exc).splitlines()[1:3])
