from typing import Annotated, List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query
from pydantic import BaseModel, Field

app = FastAPI()

INVENTORY = {
    1: {"name": "hammer", "price": 12.5, "tags": ["tools"]},
    2: {"name": "saw", "price": 20.0, "tags": ["tools", "wood"]},
    3: {"name": "glue", "price": 3.25, "tags": ["wood"]},
}


class Item(BaseModel):
    name: Annotated[str, Field(min_length=2, max_length=20)]
    price: Annotated[float, Field(gt=0, le=1000)]
    tags: Annotated[List[str], Field(default_factory=list)]
    note: Annotated[Optional[str], Field(max_length=10)] = None


class Page(BaseModel):
    offset: int
    limit: int


def paging(
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Page:
    return Page(offset=offset, limit=limit)


def api_key(x_api_key: Annotated[Optional[str], Header()] = None) -> str:
    if x_api_key != "secret":
        raise HTTPException(status_code=401, detail="bad key")
    return x_api_key


@app.get("/items")
def list_items(
    page: Annotated[Page, Depends(paging)],
    tag: Annotated[Optional[str], Query(min_length=2, max_length=8)] = None,
):
    ids = sorted(i for i, it in INVENTORY.items() if tag is None or tag in it["tags"])
    chosen = ids[page.offset:page.offset + page.limit]
    return {"ids": chosen, "offset": page.offset, "limit": page.limit}


@app.get("/items/{item_id}")
def get_item(item_id: Annotated[int, Path(ge=1, le=999)]):
    if item_id not in INVENTORY:
        raise HTTPException(status_code=404, detail="no such item")
    return INVENTORY[item_id]


@app.post("/items", status_code=201)
def create_item(item: Item, key: Annotated[str, Depends(api_key)]):
    new_id = max(INVENTORY) + 1
    INVENTORY[new_id] = item.model_dump()
    return {"id": new_id, "item": item.model_dump(), "key_len": len(key)}


@app.get("/search")
def search(q: Annotated[List[str], Query()] = [], exact: Annotated[bool, Query()] = False):
    found = []
    for i, it in sorted(INVENTORY.items()):
        if any((t == it["name"]) if exact else (t in it["name"]) for t in q):
            found.append(i)
    return {"q": q, "exact": exact, "found": found}
