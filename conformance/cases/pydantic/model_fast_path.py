# Model classes built the common way (plain and generic annotations, no
# validators in the body): field order across bases, defaults moved off the
# class, `Field(...)` settings, `...` as "required", config merged along the
# bases, next to a subclass with a validator.
from typing import ClassVar, Dict, List, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Mixin:
    def shout(self):
        return self.name.upper()


class Named(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)
    name: str = Field(min_length=1, max_length=10, description=None)
    note: Optional[str] = None


class Item(Named, Mixin):
    count: int = Field(..., ge=0)
    tags: List[str] = []
    extra: Dict[str, int] = Field(default_factory=dict, title="Extra")
    limit: ClassVar[int] = 5
    name: str = "item"


class Late(Item):
    model_config = {"extra": "forbid"}
    when: float = 1.5

    @field_validator("when")
    @classmethod
    def double(cls, v):
        return v * 2


for cls in (Named, Item, Late):
    print(cls.__name__, list(cls.model_fields), sorted(cls.model_config.items()))
    for fname, info in cls.model_fields.items():
        print("  ", fname, info.is_required(), repr(info.default), info.annotation)
    print("   in class dict:", sorted(k for k in ("name", "note", "count", "tags", "extra",
                                                     "limit", "when") if k in cls.__dict__))
print(Item.model_fields["extra"].title, Item.model_fields["extra"].default_factory)
it = Item(name="  box ", count=2)
print(it, it.shout(), Item.limit)
print(Late(count=1, when=2).model_dump())
try:
    Item(name="", count=-1)
except Exception as e:
    print(type(e).__name__, [(x["type"], x["loc"]) for x in e.errors()])
