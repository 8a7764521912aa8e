from typing import Dict, List, Optional

from fastapi import APIRouter, FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
books_router = APIRouter(prefix="/books")
members_router = APIRouter(prefix="/members")


class Book(BaseModel):
    isbn: str
    title: str
    author: str
    year: Optional[int] = None


books: Dict[str, Book] = {}
loans: Dict[str, str] = {}
members: Dict[str, List[str]] = {"m1": [], "m2": []}


@books_router.post("", status_code=201)
def add_book(book: Book):
    books[book.isbn] = book
    return book


@books_router.get("")
def all_books(author: Optional[str] = None):
    return [b for b in books.values() if author is None or b.author == author]


@books_router.post("/{isbn}/lend/{member}")
def lend(isbn: str, member: str):
    if isbn not in books:
        raise HTTPException(404, "book not found")
    if member not in members:
        raise HTTPException(404, "member not found")
    if isbn in loans:
        raise HTTPException(409, f"already lent to {loans[isbn]}")
    loans[isbn] = member
    members[member].append(isbn)
    return {"isbn": isbn, "member": member}


@members_router.get("/{member}")
def member_books(member: str):
    if member not in members:
        raise HTTPException(404, "member not found")
    return {"member": member, "books": [books[i].title for i in members[member]]}


app.include_router(books_router)
app.include_router(members_router)
