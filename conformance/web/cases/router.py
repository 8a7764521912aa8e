from fastapi import APIRouter, FastAPI, HTTPException

app = FastAPI(title="Shop")
users = APIRouter(prefix="/users")
items = APIRouter()

USERS = [{"id": 1, "name": "ann"}, {"id": 2, "name": "ben"}]


@users.get("/")
def list_users():
    return USERS


@users.get("/{user_id}")
def get_user(user_id: int):
    for u in USERS:
        if u["id"] == user_id:
            return u
    raise HTTPException(status_code=404, detail="User not found")


@items.get("/items/{name}")
def get_item(name: str):
    return {"item": name.upper()}


@items.post("/items/{name}", status_code=201)
def add_item(name: str):
    return {"created": name}


app.include_router(users)
app.include_router(items, prefix="/v1")


@app.get("/")
def root():
    return {"title": app.title}
