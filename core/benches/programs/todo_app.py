# The seed README's TODO API (a Lambda app): booted by the snapshot and lambda benches.
import fastapi
import json
import uuid

app = fastapi.FastAPI()

def load_todos():
    try:
        f = open("todos.json")
        data = json.loads(f.read())
        f.close()
        return data
    except:
        return []

def save_todos(todos):
    f = open("todos.json", "w")
    f.write(json.dumps(todos))
    f.close()

@app.post("/todos")
def create_todo(request):
    body = request.json()
    todo = {"id": str(uuid.uuid4()), "title": body["title"], "done": False}
    todos = load_todos()
    todos.append(todo)
    save_todos(todos)
    return todo

@app.get("/todos")
def list_todos():
    return load_todos()

@app.get("/todos/{todo_id}")
def get_todo(todo_id):
    for todo in load_todos():
        if todo["id"] == todo_id:
            return todo
    return None

@app.put("/todos/{todo_id}")
def update_todo(todo_id, request):
    body = request.json()
    todos = load_todos()
    for i in range(len(todos)):
        if todos[i]["id"] == todo_id:
            if "title" in body:
                todos[i]["title"] = body["title"]
            if "done" in body:
                todos[i]["done"] = body["done"]
            save_todos(todos)
            return todos[i]
    return None

@app.delete("/todos/{todo_id}")
def delete_todo(todo_id):
    todos = load_todos()
    new_todos = [t for t in todos if t["id"] != todo_id]
    if len(new_todos) == len(todos):
        return {"deleted": False}
    save_todos(new_todos)
    return {"deleted": True}
