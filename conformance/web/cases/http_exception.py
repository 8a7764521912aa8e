from fastapi import FastAPI, HTTPException

app = FastAPI()

items = {"foo": "The Foo Wrestlers", "bar": "The Bar Tenders"}


@app.get("/items/{item_id}")
def read_item(item_id: str):
    if item_id not in items:
        raise HTTPException(status_code=404, detail="Item not found")
    return {"item": items[item_id]}


@app.get("/header-error")
def header_error():
    raise HTTPException(status_code=400, detail="Bad thing", headers={"X-Error": "There goes my error"})


@app.get("/detail-dict")
def detail_dict():
    raise HTTPException(status_code=409, detail={"code": "conflict", "ids": [1, 2]})


@app.get("/default-detail/{code}")
def default_detail(code: int):
    raise HTTPException(status_code=code)


@app.get("/crash")
def crash():
    return {"x": 1 / 0}
