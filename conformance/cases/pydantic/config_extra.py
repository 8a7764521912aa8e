from pydantic import BaseModel, ConfigDict, Field, ValidationError


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str
    level: int = Field(default=1, ge=1, le=5)


class Loose(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str


print(Strict(name="  padded  ", level="3"))
try:
    Strict(name="x", level=9, colour="red")
except ValidationError as exc:
    print(exc)

loose = Loose(name="a", extra_field=1, other="b")
print(loose.model_dump())

f = Frozen(key="k")
try:
    f.key = "other"
except ValidationError as exc:
    print(exc)
print(f.key)

s = Strict(name="ok")
s.level = 4
print(s.level, sorted(s.model_fields_set))
