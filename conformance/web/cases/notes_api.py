from typing import List, Optional

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()


class NoteIn(BaseModel):
    text: str = Field(min_length=1)
    pinned: bool = False
    labels: List[str] = []


class NoteUpdate(BaseModel):
    text: Optional[str] = None
    pinned: Optional[bool] = None


notes = []


def find(note_id):
    for n in notes:
        if n["id"] == note_id:
            return n
    raise HTTPException(404, "Note not found")


@app.post("/notes", status_code=201)
def create(note: NoteIn):
    record = {"id": len(notes) + 1, **note.model_dump()}
    notes.append(record)
    return record


@app.patch("/notes/{note_id}")
def patch(note_id: int, update: NoteUpdate):
    note = find(note_id)
    changes = update.model_dump(exclude_unset=True)
    note.update(changes)
    return {"note": note, "changed": sorted(changes)}


@app.get("/notes")
def list_notes(pinned: Optional[bool] = None, label: Optional[str] = None):
    out = notes
    if pinned is not None:
        out = [n for n in out if n["pinned"] == pinned]
    if label:
        out = [n for n in out if label in n["labels"]]
    return out
