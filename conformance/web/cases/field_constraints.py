from typing import Optional

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class User(BaseModel):
    username: str = Field(min_length=3, max_length=12, pattern=r"^[a-z0-9_]+$")
    age: int = Field(ge=0, le=150)
    score: float = Field(default=0.0, gt=-1, lt=101)
    nickname: Optional[str] = Field(default=None, max_length=5)
    tags: list[str] = Field(default_factory=list, max_length=3)


@app.post("/users")
def create_user(user: User):
    return {"user": user, "tag_count": len(user.tags)}
