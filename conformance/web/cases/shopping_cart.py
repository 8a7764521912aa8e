from typing import Dict, List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

CATALOG = {"apple": 0.5, "bread": 2.25, "milk": 1.2, "cheese": 7.8}
carts: Dict[str, Dict[str, int]] = {}


class AddItem(BaseModel):
    product: str
    quantity: int = Field(default=1, gt=0, le=50)


class CartLine(BaseModel):
    product: str
    quantity: int
    subtotal: float


class Cart(BaseModel):
    user: str
    lines: List[CartLine]
    total: float


def view(user: str) -> Cart:
    cart = carts.get(user, {})
    lines = [CartLine(product=p, quantity=q, subtotal=round(q * CATALOG[p], 2)) for p, q in sorted(cart.items())]
    return Cart(user=user, lines=lines, total=round(sum(l.subtotal for l in lines), 2))


@app.post("/carts/{user}/items", response_model=Cart)
def add(user: str, item: AddItem):
    if item.product not in CATALOG:
        raise HTTPException(status_code=404, detail=f"Unknown product: {item.product}")
    cart = carts.setdefault(user, {})
    cart[item.product] = cart.get(item.product, 0) + item.quantity
    return view(user)


@app.delete("/carts/{user}/items/{product}")
def remove(user: str, product: str):
    cart = carts.get(user, {})
    if product not in cart:
        raise HTTPException(status_code=404, detail="Not in cart")
    del cart[product]
    return view(user)


@app.get("/carts/{user}")
def get_cart(user: str):
    return view(user)
