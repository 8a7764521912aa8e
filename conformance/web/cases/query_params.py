from typing import Optional

from fastapi import FastAPI

app = FastAPI()

ITEMS = [{"name": f"item{i}", "price": i * 1.5} for i in range(20)]


@app.get("/items")
def list_items(skip: int = 0, limit: int = 5, q: Optional[str] = None):
    items = ITEMS[skip:skip + limit]
    if q:
        items = [i for i in items if q in i["name"]]
    return {"skip": skip, "limit": limit, "q": q, "items": items}


@app.get("/search")
def search(term: str, exact: bool = False, page: int = 1):
    return {"term": term, "exact": exact, "page": page}


@app.get("/scale")
def scale(factor: float = 1.0, precise: bool = True):
    return {"factor": factor, "precise": precise}
