from typing import Dict, List, Optional

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

app = FastAPI()


class Item(BaseModel):
    name: str
    price: float
    tags: List[str] = []


class ItemOut(BaseModel):
    name: str
    price: float
    on_sale: bool = False


class Page(BaseModel):
    items: List[ItemOut]
    total: int
    next_page: Optional[int] = None


class Score(BaseModel):
    value: int = Field(ge=0)


items: Dict[str, Item] = {}


@app.put("/items/{key}", response_model=ItemOut)
def put_item(key: str, item: Item):
    items[key] = item
    # Extra keys in a dict are dropped by the response model.
    return {"name": item.name, "price": item.price, "secret": "x", "tags": item.tags}


@app.get("/items/{key}", response_model=ItemOut)
def get_item(key: str):
    if key not in items:
        raise HTTPException(status_code=404, detail=f"no item {key}")
    return items[key]


@app.get("/page", response_model=Page)
def page(limit: int = 2, start: Optional[int] = None):
    keys = sorted(items)[start or 0:]
    shown = [items[k] for k in keys[:limit]]
    more = len(keys) > limit
    return {"items": shown, "total": len(items), "next_page": (start or 0) + limit if more else None}


@app.get("/direct", response_model=ItemOut)
def direct():
    # A Response returned as is: the model does not apply.
    return JSONResponse({"anything": True}, status_code=202)


@app.get("/score/{value}", response_model=Score)
def score(value: int):
    # A negative score fails the response model: a server error.
    return {"value": value}


@app.get("/coerced", response_model=ItemOut)
def coerced():
    return {"name": "pen", "price": "2.50"}


@app.get("/names", response_model=List[str])
def names():
    return [item.name for item in items.values()]
