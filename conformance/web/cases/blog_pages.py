from typing import List

import markdown
from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from jinja2 import DictLoader, Environment
from pydantic import BaseModel, Field

TEMPLATES = {
    "base.html": """<!doctype html>
<html>
<head><title>{% block title %}Blog{% endblock %} | {{ site }}</title></head>
<body>
<nav>{% for link in nav %}<a href="{{ link.href }}"{% if link.active %} class="active"{% endif %}>{{ link.label }}</a>{% if not loop.last %} | {% endif %}{% endfor %}</nav>
<main>
{% block content %}{% endblock %}
</main>
<footer>{{ posts_total }} post{{ "s" if posts_total != 1 }}</footer>
</body>
</html>
""",
    "list.html": """{% extends "base.html" %}
{% block title %}All posts{% endblock %}
{% block content %}
<h1>Posts{% if tag %} tagged {{ tag }}{% endif %}</h1>
{% if posts %}
<ul class="posts">
{% for post in posts %}
  <li class="{{ loop.cycle('odd', 'even') }}">
    <a href="/posts/{{ post.slug }}">{{ post.title | title }}</a>
    <small>{{ post.words }} words, {{ post.tags | join(", ") | default("untagged", true) }}</small>
    <p>{{ post.body | truncate(40) }}</p>
  </li>
{% endfor %}
</ul>
{% else %}
<p>No posts yet.</p>
{% endif %}
{% endblock %}
""",
    "post.html": """{% extends "base.html" %}
{% block title %}{{ post.title }}{% endblock %}
{% block content %}
<article>
<h1>{{ post.title }}</h1>
<p class="meta">{{ post.words }} words{% for t in post.tags | sort %} <span class="tag">#{{ t | lower }}</span>{% endfor %}</p>
{{ html | safe }}
</article>
{% endblock %}
""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
app = FastAPI(title="Pages")


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=80)
    body: str
    tags: List[str] = []


posts = {}


def slugify(title):
    return "-".join(w.lower() for w in title.split() if w.isalnum())


def nav(active):
    links = [("/posts", "Posts"), ("/about", "About")]
    return [{"href": h, "label": l, "active": h == active} for h, l in links]


@app.post("/posts", status_code=201)
def create_post(data: PostIn):
    slug = slugify(data.title)
    if slug in posts:
        raise HTTPException(409, detail=f"post {slug!r} exists")
    posts[slug] = {
        "slug": slug,
        "title": data.title,
        "body": data.body,
        "tags": data.tags,
        "words": len(data.body.split()),
    }
    return {"slug": slug}


@app.get("/posts", response_class=HTMLResponse)
def list_posts(tag: str = ""):
    found = [p for p in posts.values() if not tag or tag in p["tags"]]
    page = env.get_template("list.html")
    return page.render(posts=found, tag=tag, site="<Pyex>", nav=nav("/posts"), posts_total=len(posts))


@app.get("/posts/{slug}", response_class=HTMLResponse)
def show_post(slug: str):
    post = posts.get(slug)
    if post is None:
        raise HTTPException(404, detail="no such post")
    html = markdown.markdown(post["body"], extensions=["tables", "fenced_code"])
    page = env.get_template("post.html")
    return page.render(post=post, html=html, site="<Pyex>", nav=nav(""), posts_total=len(posts))
