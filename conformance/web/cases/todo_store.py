import json

from fastapi import FastAPI, HTTPException

app = FastAPI()


def load_todos():
    try:
        with open("todos.json") as f:
            return json.load(f)
    except FileNotFoundError:
        return []


def save_todos(todos):
    with open("todos.json", "w") as f:
        json.dump(todos, f)


@app.post("/todos", status_code=201)
def create_todo(body: dict):
    todos = load_todos()
    todo = {"id": len(todos) + 1, "title": body["title"], "done": False}
    todos.append(todo)
    save_todos(todos)
    return todo


@app.get("/todos")
def list_todos(done: bool = None):
    todos = load_todos()
    if done is not None:
        todos = [t for t in todos if t["done"] == done]
    return todos


@app.patch("/todos/{todo_id}")
def update(todo_id: int, body: dict):
    todos = load_todos()
    for todo in todos:
        if todo["id"] == todo_id:
            todo.update({k: v for k, v in body.items() if k in ("title", "done")})
            save_todos(todos)
            return todo
    raise HTTPException(404, "todo not found")


@app.delete("/todos/{todo_id}")
def delete(todo_id: int):
    todos = load_todos()
    kept = [t for t in todos if t["id"] != todo_id]
    save_todos(kept)
    return {"deleted": len(todos) - len(kept)}
