import asyncio
import json

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

app = FastAPI()
signups = []
lock = asyncio.Lock()


async def normalise(value):
    await asyncio.sleep(0)
    return value.strip().lower()


@app.post("/signup")
async def signup(request: Request):
    form = await request.form()
    email = await normalise(form.get("email", ""))
    name = form.get("name", "").strip()
    if "@" not in email:
        return JSONResponse({"error": "invalid email", "got": email}, status_code=422)
    async with lock:
        signups.append({"email": email, "name": name})
        count = len(signups)
    return {"welcome": name or email, "count": count, "fields": sorted(form.keys())}


@app.post("/echo")
async def echo(request: Request):
    raw = await request.body()
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        data = await request.json()
        return {"kind": "json", "type": type(data).__name__, "size": len(raw)}
    return PlainTextResponse(f"{len(raw)} bytes: {raw.decode()[:20]}")


@app.post("/batch")
async def batch(request: Request):
    items = await request.json()
    cleaned = await asyncio.gather(*[normalise(i) for i in items])
    return {"items": cleaned, "unique": sorted(set(cleaned))}


@app.get("/signups")
def list_signups():
    return {"signups": signups}


@app.post("/sync-json")
def sync_json(request: Request):
    return {"note": "sync handlers get no body helpers here", "method": request.method}
