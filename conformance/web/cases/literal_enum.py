from enum import Enum
from typing import Literal

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Color(str, Enum):
    red = "red"
    green = "green"
    blue = "blue"


class Size(int, Enum):
    small = 1
    large = 2


class Shirt(BaseModel):
    color: Color
    size: Size
    fit: Literal["slim", "regular"] = "regular"


@app.get("/colors/{color}")
def get_color(color: Color):
    return {"color": color, "is_red": color is Color.red, "name": color.name}


@app.post("/shirts")
def make_shirt(shirt: Shirt):
    return {"shirt": shirt, "desc": f"{shirt.color.value}-{shirt.size.name}-{shirt.fit}"}


@app.get("/sort")
def sort(order: Literal["asc", "desc"] = "asc"):
    data = [3, 1, 2]
    return sorted(data, reverse=order == "desc")
