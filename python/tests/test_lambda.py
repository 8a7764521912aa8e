"""pyex.Lambda: boot a FastAPI app once, handle many requests, stream lazily."""

import os

import pytest

import pyex

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "..", "..", "examples", "todo_app.py")) as f:
    TODO_APP = f.read()

EVENTS = '''
from fastapi import FastAPI, StreamingResponse

app = FastAPI()
steps = []

@app.get("/events")
def events():
    def generate():
        for i in range(100):
            steps.append(i)
            yield f"data: {i}\\n\\n"
    return StreamingResponse(generate())

@app.get("/steps")
def get_steps():
    return len(steps)
'''


def test_todo_app_state_persists():
    app = pyex.Lambda.boot(TODO_APP)
    resp = app.handle({"method": "POST", "path": "/todos", "body": '{"title": "Buy milk"}'})
    assert resp["status"] == 200
    todo = resp["body"]
    assert todo["title"] == "Buy milk" and todo["done"] is False and len(todo["id"]) == 36
    assert app.handle({"method": "GET", "path": "/todos"})["body"] == [todo]
    resp = app.handle({"method": "PUT", "path": "/todos/" + todo["id"], "body": {"done": True}})
    assert resp["body"]["done"] is True
    assert resp["headers"]["content-type"] == "application/json"


def test_stream_is_lazy():
    app = pyex.Lambda.boot(EVENTS)
    resp = app.handle_stream({"method": "GET", "path": "/events"})
    chunks = resp["chunks"]
    assert [next(chunks) for _ in range(3)] == [b"data: 0\n\n", b"data: 1\n\n", b"data: 2\n\n"]
    assert app.handle({"method": "GET", "path": "/steps"})["body"] == 3
    assert len(list(chunks)) == 97


def test_errors_and_snapshot():
    app = pyex.Lambda.boot(EVENTS)
    resp = app.handle({"path": "/missing"})
    assert (resp["status"], resp["body"]) == (404, {"detail": "Not Found"})
    app.handle({"path": "/events"})
    copy = pyex.Lambda.restore(app.snapshot())
    assert copy.handle({"path": "/steps"})["body"] == 100
    with pytest.raises(pyex.PyexError):
        pyex.Lambda.boot("1 / 0")
