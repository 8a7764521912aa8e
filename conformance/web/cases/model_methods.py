from typing import Optional

from fastapi import FastAPI
from pydantic import BaseModel, ValidationError

app = FastAPI()


class Address(BaseModel):
    street: str
    city: str
    zip_code: Optional[str] = None


class Person(BaseModel):
    name: str
    age: int
    address: Address
    nickname: Optional[str] = None


@app.post("/people/summary")
def summary(person: Person):
    moved = person.model_copy(update={"address": Address(street="1 Main", city="Springfield")})
    return {
        "dump": person.model_dump(),
        "no_none": person.model_dump(exclude_none=True),
        "only": person.model_dump(include={"name", "age"}),
        "json": person.model_dump_json(),
        "moved_city": moved.address.city,
        "original_city": person.address.city,
        "repr": repr(person.address),
        "str": str(person.address),
        "equal": person == Person.model_validate(person.model_dump()),
        "fields": list(Person.model_fields),
    }


@app.post("/people/check")
def check(data: dict):
    try:
        p = Person.model_validate(data)
        return {"ok": True, "name": p.name}
    except ValidationError as e:
        return {"ok": False, "count": e.error_count(), "text": str(e),
                "locs": [list(err["loc"]) for err in e.errors()]}
