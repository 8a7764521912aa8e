import hashlib

from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

app = FastAPI()

links = {}
hits = {}


class LinkIn(BaseModel):
    url: str = Field(pattern=r"^https?://")
    code: str = Field(default="", max_length=8)


@app.post("/links", status_code=201)
def shorten(link: LinkIn):
    code = link.code or hashlib.sha256(link.url.encode()).hexdigest()[:6]
    if code in links and links[code] != link.url:
        raise HTTPException(status_code=409, detail="code taken")
    links[code] = link.url
    return {"code": code, "short": f"/r/{code}"}


@app.get("/r/{code}")
def follow(code: str):
    if code not in links:
        raise HTTPException(status_code=404, detail="unknown link")
    hits[code] = hits.get(code, 0) + 1
    return RedirectResponse(links[code], status_code=302)


@app.get("/stats")
def stats():
    return {"links": len(links), "hits": hits}
