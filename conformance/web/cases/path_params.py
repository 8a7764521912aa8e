from fastapi import FastAPI

app = FastAPI()

USERS = {1: "alice", 2: "bob", 3: "carol"}


@app.get("/users/{user_id}")
def get_user(user_id: int):
    return {"id": user_id, "name": USERS.get(user_id), "type": type(user_id).__name__}


@app.get("/prices/{amount}")
def price(amount: float):
    return {"amount": amount, "with_tax": round(amount * 1.2, 2)}


@app.get("/flags/{on}")
def flag(on: bool):
    return {"on": on}


@app.get("/files/{file_path:path}")
def read_file(file_path: str):
    return {"file_path": file_path, "parts": file_path.split("/")}


@app.get("/users/{user_id}/posts/{post_id}")
def user_post(user_id: int, post_id: str):
    return {"user": user_id, "post": post_id}
