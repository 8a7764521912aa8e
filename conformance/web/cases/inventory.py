from typing import Dict, Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

app = FastAPI()


class Product(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{3}-\d{3}$")
    name: str
    quantity: int = Field(ge=0)
    price: float = Field(gt=0)


class StockChange(BaseModel):
    delta: int
    reason: Optional[str] = None


inventory: Dict[str, Product] = {}


@app.post("/products", status_code=201)
def add_product(product: Product):
    if product.sku in inventory:
        raise HTTPException(status_code=409, detail="SKU already exists")
    inventory[product.sku] = product
    return product


@app.post("/products/{sku}/stock")
def change_stock(sku: str, change: StockChange):
    product = inventory.get(sku)
    if product is None:
        raise HTTPException(status_code=404, detail="Unknown SKU")
    new_qty = product.quantity + change.delta
    if new_qty < 0:
        raise HTTPException(status_code=400, detail={"error": "insufficient stock", "available": product.quantity})
    product.quantity = new_qty
    return {"sku": sku, "quantity": new_qty, "reason": change.reason}


@app.get("/products")
def list_products(min_qty: int = Query(0, ge=0)):
    items = [p for p in inventory.values() if p.quantity >= min_qty]
    return {"count": len(items), "value": round(sum(p.quantity * p.price for p in items), 2),
            "products": items}
