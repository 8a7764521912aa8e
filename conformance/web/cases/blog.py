from datetime import date
from typing import List, Optional

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

app = FastAPI(title="Blog")


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=80)
    body: str
    tags: List[str] = []


class Post(PostIn):
    slug: str
    published: Optional[str] = None


posts = {}


def slugify(title):
    return "-".join(w.lower() for w in title.split() if w.isalnum())


@app.post("/posts", status_code=201, response_model=Post)
def create_post(data: PostIn):
    slug = slugify(data.title)
    if slug in posts:
        raise HTTPException(409, detail=f"post {slug!r} exists")
    post = Post(slug=slug, published=date(2024, 5, 1).isoformat(), **data.model_dump())
    posts[slug] = post
    return post


@app.get("/posts")
def list_posts(tag: Optional[str] = None):
    found = [p for p in posts.values() if tag is None or tag in p.tags]
    return [{"slug": p.slug, "title": p.title} for p in found]


@app.get("/posts/{slug}", response_class=HTMLResponse)
def show_post(slug: str):
    post = posts.get(slug)
    if post is None:
        raise HTTPException(404, detail="no such post")
    tags = "".join(f"<li>{t}</li>" for t in post.tags)
    return f"<article><h1>{post.title}</h1><p>{post.body}</p><ul>{tags}</ul></article>"
