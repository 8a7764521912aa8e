# How a model class is built: annotations become fields (ClassVar and private
# names do not), defaults and Field() settings, validators found in the class
# body, inherited fields and config.
from typing import ClassVar, List, Optional

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator


class Base(BaseModel):
    model_config = {"str_strip_whitespace": True}
    kind: ClassVar[str] = "base"
    registry: ClassVar = []
    _secret: int = 0
    id: int
    label: str = "none"


class Product(Base):
    kind: ClassVar[str] = "product"
    name: str = Field(min_length=2, max_length=20)
    tags: List[str] = []
    price: Optional[float] = None

    @field_validator("name")
    @classmethod
    def title_name(cls, v):
        return v.title()

    @model_validator(mode="after")
    def check_price(self):
        if self.price is not None and self.price < 0:
            raise ValueError("price must be >= 0")
        return self


class Strict(Base):
    model_config = {"extra": "forbid"}
    count: int = 0


print(sorted(Base.model_fields))
print(sorted(Product.model_fields))
print(Product.kind, Base.kind, Product.registry)
print(Product.model_fields["name"].is_required(), Product.model_fields["label"].default)
p = Product(id="7", name="  fancy lamp ", tags=["a"])
print(p.id, repr(p.name), p.label, p.tags, p.price)
print(p.model_dump())
print("name" in Product.__dict__, "id" in Base.__dict__)
for bad in [{"id": 1, "name": "x"}, {"id": 1, "name": "good", "price": -1}]:
    try:
        Product(**bad)
    except ValidationError as e:
        print(e.error_count(), e.errors()[0]["type"], e.errors()[0]["loc"])
print(Strict(id=1, count=3).count, Strict.model_config["str_strip_whitespace"])
try:
    Strict(id=1, count=1, other=2)
except ValidationError as e:
    print(e.errors()[0]["type"], e.errors()[0]["loc"])
