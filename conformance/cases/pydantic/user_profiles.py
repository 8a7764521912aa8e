from typing import List, Optional

from pydantic import BaseModel, Field, ValidationError


class Address(BaseModel):
    city: str
    country: str = "US"


class User(BaseModel):
    id: int
    name: str = Field(min_length=2)
    email: Optional[str] = None
    tags: List[str] = []
    address: Optional[Address] = None


raw_users = [
    {"id": "1", "name": "Ann", "tags": ["admin"], "address": {"city": "Austin"}},
    {"id": 2, "name": "Bo", "email": "bo@example.com"},
    {"id": "x", "name": "C"},
    {"id": 4.0, "name": "Dee", "address": {"country": "FR"}},
]

valid = []
for raw in raw_users:
    try:
        user = User(**raw)
        valid.append(user)
        print("ok:", user)
    except ValidationError as exc:
        print(exc)
        for err in exc.errors():
            print("  ", err["type"], err["loc"], err["msg"])

print(len(valid), "valid users")
for u in valid:
    print(repr(u))
    print(u.model_dump())
    print(u.model_dump_json())
print(valid[0] == User.model_validate(valid[0].model_dump()))
print(valid[0].model_copy(update={"name": "Annie"}).name, valid[0].name)
print(sorted(User.model_fields))
