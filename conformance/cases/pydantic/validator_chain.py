from pydantic import BaseModel, ValidationError, field_validator


class Signup(BaseModel):
    username: str
    password: str
    age: int

    @field_validator("username", mode="before")
    @classmethod
    def strip_name(cls, v):
        return v.strip() if isinstance(v, str) else v

    @field_validator("username")
    @classmethod
    def lower_name(cls, v):
        if " " in v:
            raise ValueError("no spaces allowed")
        return v.lower()

    @field_validator("password")
    @classmethod
    def strong(cls, v, info):
        if len(v) < 8:
            raise ValueError("password too short")
        if info.data.get("username") and info.data["username"] in v.lower():
            raise ValueError("password contains the username")
        return v

    @field_validator("age")
    @classmethod
    def adult(cls, v):
        assert v >= 18, "must be 18 or older"
        return v


for data in [
    {"username": "  Alice ", "password": "s3cretpass", "age": "30"},
    {"username": "bob smith", "password": "short", "age": 12},
    {"username": "carol", "password": "carol1234", "age": 40},
    {"username": 5, "password": "longenough", "age": "old"},
]:
    try:
        s = Signup(**data)
        print("ok", s.username, s.age)
    except ValidationError as exc:
        print(exc)
        print([e["type"] for e in exc.errors()])
