from typing import Dict, List, Optional

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Image(BaseModel):
    url: str
    name: str


class Item(BaseModel):
    name: str
    price: float
    tags: List[str] = []
    images: Optional[List[Image]] = None
    attributes: Dict[str, int] = {}


class Offer(BaseModel):
    name: str
    items: List[Item]


@app.post("/items")
def create_item(item: Item):
    return item


@app.post("/offers")
def create_offer(offer: Offer):
    total = sum(i.price for i in offer.items)
    return {"name": offer.name, "count": len(offer.items), "total": total,
            "first_image": offer.items[0].images[0].url if offer.items and offer.items[0].images else None}
