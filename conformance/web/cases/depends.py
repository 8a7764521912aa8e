from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()


def pagination(skip: int = 0, limit: int = 10):
    return {"skip": skip, "limit": limit}


def current_user(x_token: Optional[str] = Header(default=None)):
    if x_token != "secret":
        raise HTTPException(status_code=401, detail="Invalid token")
    return {"name": "admin"}


@app.get("/items")
def items(page: dict = Depends(pagination)):
    data = list(range(100))
    return data[page["skip"]:page["skip"] + page["limit"]]


@app.get("/me")
def me(user: dict = Depends(current_user)):
    return user


@app.get("/agent")
def agent(user_agent: str = Header(default="unknown"), x_request_id: Optional[str] = Header(default=None)):
    return {"ua": user_agent, "rid": x_request_id}
