from fastapi import FastAPI
from pydantic import BaseModel, field_validator, model_validator

app = FastAPI()


class Signup(BaseModel):
    email: str
    password: str
    confirm: str
    age: int

    @field_validator("email")
    @classmethod
    def email_has_at(cls, v):
        if "@" not in v:
            raise ValueError("email must contain @")
        return v.lower()

    @field_validator("age")
    @classmethod
    def adult(cls, v):
        assert v >= 18, "must be an adult"
        return v

    @model_validator(mode="after")
    def passwords_match(self):
        if self.password != self.confirm:
            raise ValueError("passwords do not match")
        return self


class Tagged(BaseModel):
    tags: list[str]

    @field_validator("tags", mode="before")
    @classmethod
    def split(cls, v):
        if isinstance(v, str):
            return [t.strip() for t in v.split(",")]
        return v


@app.post("/signup")
def signup(data: Signup):
    return {"email": data.email, "age": data.age}


@app.post("/tags")
def tags(data: Tagged):
    return data
