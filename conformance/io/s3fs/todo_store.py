# The seed README's TODO store: a JSON file read and rewritten with open().
import json
import os


def load_todos():
    try:
        f = open("todos.json")
        data = json.loads(f.read())
        f.close()
        return data
    except FileNotFoundError:
        return []


def save_todos(todos):
    f = open("todos.json", "w")
    f.write(json.dumps(todos))
    f.close()


print(load_todos())
todos = load_todos()
todos.append({"id": 1, "title": "Buy milk", "done": False})
save_todos(todos)
todos = load_todos()
todos.append({"id": 2, "title": "Walk the dog", "done": False})
save_todos(todos)
todos = load_todos()
todos[0]["done"] = True
save_todos(todos)
print(load_todos())
print(os.path.exists("todos.json"), os.path.isfile("todos.json"), os.path.isdir("todos.json"))
print(os.path.getsize("todos.json"))
with open("todos.json") as f:
    print(len(json.load(f)))
os.remove("todos.json")
print(os.path.exists("todos.json"), load_todos())
try:
    open("todos.json")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
