from typing import List, Optional

from fastapi import FastAPI, Query, Path

app = FastAPI()


@app.get("/items")
def read_items(q: Optional[str] = Query(default=None, min_length=3, max_length=10),
               page: int = Query(default=1, ge=1),
               size: int = Query(20, gt=0, le=100)):
    return {"q": q, "page": page, "size": size}


@app.get("/tags")
def read_tags(tag: List[str] = Query(default=[])):
    return {"tags": tag, "count": len(tag)}


@app.get("/ids")
def read_ids(id: List[int] = Query()):
    return {"ids": id, "sum": sum(id)}


@app.get("/items/{item_id}")
def read_item(item_id: int = Path(ge=1, le=1000), verbose: bool = False):
    return {"item_id": item_id, "verbose": verbose}


@app.get("/alias")
def alias(item_query: str = Query(alias="item-query")):
    return {"item_query": item_query}
