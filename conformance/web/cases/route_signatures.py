from typing import List, Optional

from fastapi import Depends, FastAPI, Query, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    price: float = 0.0


def pager(page: int = 1, size: int = Query(10, le=50)):
    return {"page": page, "size": size}


@app.get("/items/{item_id:int}")
def get_item(item_id: int, verbose: bool = False, *, fmt: str = "short"):
    return {"id": item_id, "verbose": verbose, "fmt": fmt}


@app.get("/files/{path:path}")
def get_file(path: str):
    return {"path": path}


@app.get("/v{version}/status")
def versioned(version: int):
    return {"version": version}


@app.get("/search")
async def search(q: str = Query(min_length=2), tags: List[str] = Query([]),
                 limit: Optional[int] = None, paging: dict = Depends(pager)):
    return {"q": q, "tags": tags, "limit": limit, "paging": paging}


@app.post("/items")
def create(item: Item, request: Request, note=None):
    return {"item": item, "method": request.method, "note": note}


@app.post("/raw")
def raw(payload: dict, flag: int = 0):
    return {"keys": sorted(payload), "flag": flag}


@app.get("/plain/{a}/{b}")
def plain(a, b, c="x"):
    return [a, b, c]
