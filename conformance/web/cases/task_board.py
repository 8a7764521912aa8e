from enum import Enum
from typing import List, Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, Field


class Priority(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"


RANK = {Priority.low: 0, Priority.medium: 1, Priority.high: 2}


class TaskIn(BaseModel):
    title: str = Field(min_length=3)
    priority: Priority = Priority.medium
    estimate: Optional[float] = Field(default=None, ge=0)


class Task(TaskIn):
    id: int
    done: bool = False


app = FastAPI()
tasks: List[Task] = []


@app.post("/tasks", status_code=201)
def add(task: TaskIn) -> Task:
    t = Task(id=len(tasks) + 1, **task.model_dump())
    tasks.append(t)
    return t


@app.post("/tasks/{task_id}/done")
def done(task_id: int):
    for t in tasks:
        if t.id == task_id:
            t.done = True
            return t
    raise HTTPException(404, detail="no such task")


@app.get("/tasks")
def board(priority: Optional[Priority] = None, sort: str = Query("rank", pattern="^(rank|title)$")):
    items = [t for t in tasks if priority is None or t.priority == priority]
    if sort == "rank":
        items.sort(key=lambda t: (-RANK[t.priority], t.id))
    else:
        items.sort(key=lambda t: t.title)
    total = sum(t.estimate or 0 for t in items if not t.done)
    return {"tasks": items, "remaining_hours": total}
