import enum
from typing import Any, List, Optional

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse
from pydantic import BaseModel, Field

app = FastAPI()


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class Label(str):
    pass


class Order(BaseModel):
    item: str = Field(min_length=1)
    qty: int = 1
    notes: Optional[str] = None
    tags: List[str] = []


ORDERS = []


@app.get("/echo")
def echo(a: str = "-", n: int = 0, x: float = 0.5, on: bool = False, raw=None, anything: Any = None):
    return {"a": a, "n": n, "x": x, "on": on, "raw": raw, "anything": anything}


@app.get("/opt")
def opt(limit: Optional[int] = None, ratio: float | None = None, name: Optional[str] = None):
    return {"limit": limit, "ratio": ratio, "name": name}


@app.get("/need")
def need(key: str, count: int):
    return [key, count, [count, {"nested": [key] * count}]]


@app.get("/num/{n:int}")
def num(n: int):
    return {"n": n, "double": n * 2}


@app.get("/ratio/{x:float}")
def ratio(x: float):
    return {"x": x}


@app.get("/name/{who}")
def name(who: str, upper: bool = False):
    return who.upper() if upper else who


@app.get("/files/{rest:path}")
def files(rest: str):
    return {"rest": rest}


@app.get("/page/{slug}", response_class=HTMLResponse)
def page(slug: str):
    return f"<h1>{slug}</h1><p>café ☕</p>"


@app.get("/text", response_class=PlainTextResponse)
def text(words: int = 2):
    return " ".join(["word"] * words)


@app.get("/shapes")
def shapes():
    return {"tuple": (1, 2), "color": Color.GREEN, "label": Label("x"), 3: "three"}


@app.get("/keys")
def keys():
    return {1: "one", "two": 2, "f": 1.25, "big": 2 ** 70, "none": None, "t": True}


@app.get("/nan")
def nan():
    return {"value": float("nan")}


@app.get("/missing/{item_id}")
def missing(item_id: int):
    if item_id > 10:
        raise HTTPException(404, detail=f"item {item_id} not found", headers={"X-Item": str(item_id)})
    return {"item_id": item_id}


@app.get("/boom")
def boom():
    raise ValueError("boom")


@app.get("/async/{k}")
async def async_get(k: int, times: int = 1):
    return {"k": k * times}


@app.post("/orders", status_code=201)
def create_order(order: Order):
    ORDERS.append(order)
    return {"id": len(ORDERS), "order": order}


@app.post("/raw-list")
def raw_list(items: List[int]):
    return {"sum": sum(items)}


@app.delete("/orders/{idx}", status_code=204)
def delete_order(idx: int):
    return None


@app.get("/orders")
def list_orders():
    return ORDERS


class Reading(BaseModel):
    value: float = Field(ge=0, lt=100)
    count: int = Field(default=0, gt=-1, le=10)
    flag: bool = False
    tags: List[int] = []
    note: Optional[str] = Field(default=None, max_length=5)


@app.post("/readings")
def add_reading(r: Reading):
    return {"reading": r, "set": sorted(r.model_fields_set), "type": type(r.value).__name__}
