import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

guestbook = []


def page(title, body):
    return f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>{body}</body></html>"


@app.get("/", response_class=HTMLResponse)
def index():
    items = "".join(f"<li>{html.escape(e)}</li>" for e in guestbook)
    return page("Guestbook", f"<h1>Guestbook</h1><ul>{items}</ul><p>{len(guestbook)} entries</p>")


@app.post("/sign")
def sign(name: str, message: str = "hi"):
    guestbook.append(f"{name}: {message}")
    return HTMLResponse(page("Thanks", f"<p>Thanks, {html.escape(name)}!</p>"), status_code=201)


@app.get("/about")
def about():
    return HTMLResponse(content="<p>About & more</p>", headers={"Cache-Control": "max-age=60"})
