from typing import Optional

from fastapi import Body, FastAPI
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    price: float


class User(BaseModel):
    username: str
    full_name: Optional[str] = None


@app.put("/items/{item_id}")
def update_item(item_id: int, item: Item, user: User):
    return {"item_id": item_id, "item": item, "user": user}


@app.post("/embedded")
def embedded(item: Item = Body(embed=True)):
    return {"name": item.name}


@app.post("/importance")
def importance(item: Item, importance: int = Body()):
    return {"item": item, "importance": importance}


@app.post("/dict")
def take_dict(data: dict):
    return {"keys": sorted(data), "size": len(data)}


@app.post("/list")
def take_list(values: list[int]):
    return {"total": sum(values)}
