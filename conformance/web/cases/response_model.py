from typing import List, Optional

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class UserIn(BaseModel):
    username: str
    password: str
    email: str
    full_name: Optional[str] = None


class UserOut(BaseModel):
    username: str
    email: str
    full_name: Optional[str] = None


db: List[UserIn] = []


@app.post("/users", response_model=UserOut, status_code=201)
def create_user(user: UserIn):
    db.append(user)
    return user


@app.get("/users", response_model=List[UserOut])
def list_users():
    return db


@app.get("/users/raw")
def raw_users():
    return [u.model_dump(exclude={"password"}) for u in db]
