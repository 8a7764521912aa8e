from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator


class LineItem(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{2}\d{3}$")
    quantity: int = Field(gt=0, le=100)
    unit_price: float = Field(ge=0)

    @property
    def total(self):
        return round(self.quantity * self.unit_price, 2)


class Order(BaseModel):
    customer: str
    items: list[LineItem] = Field(min_length=1)
    coupon: str | None = None

    @field_validator("customer")
    @classmethod
    def clean_customer(cls, v):
        v = v.strip()
        if not v:
            raise ValueError("customer must not be blank")
        return v.title()

    @model_validator(mode="after")
    def coupon_needs_two_items(self):
        if self.coupon and len(self.items) < 2:
            raise ValueError("coupons need at least two items")
        return self


orders = [
    {"customer": "  jane doe ", "items": [{"sku": "AB123", "quantity": "3", "unit_price": "2.50"}]},
    {"customer": "x", "items": []},
    {"customer": "   ", "items": [{"sku": "bad", "quantity": 0, "unit_price": -1}]},
    {"customer": "sam", "coupon": "SAVE", "items": [{"sku": "CD456", "quantity": 1, "unit_price": 9}]},
    {"customer": "kim", "coupon": "SAVE", "items": [{"sku": "CD456", "quantity": 2, "unit_price": 9},
                                                   {"sku": "EF789", "quantity": 101, "unit_price": 1}]},
]

for data in orders:
    try:
        order = Order.model_validate(data)
        print(order.customer, [i.total for i in order.items], sum(i.total for i in order.items))
    except ValidationError as exc:
        print(exc.error_count(), "errors:")
        print(exc)
