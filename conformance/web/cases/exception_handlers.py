from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

app = FastAPI()


class QuotaExceeded(Exception):
    def __init__(self, user, limit):
        self.user = user
        self.limit = limit


@app.exception_handler(QuotaExceeded)
def quota_handler(request: Request, exc: QuotaExceeded):
    return JSONResponse(status_code=429, content={"error": f"{exc.user} exceeded {exc.limit} calls",
                                                  "path": request.url.path})


@app.exception_handler(KeyError)
def key_handler(request: Request, exc: KeyError):
    return PlainTextResponse(f"missing key {exc}", status_code=400)


calls = {}


@app.get("/call/{user}")
def call(user: str):
    calls[user] = calls.get(user, 0) + 1
    if calls[user] > 2:
        raise QuotaExceeded(user, 2)
    return {"user": user, "calls": calls[user]}


@app.get("/lookup/{key}")
def lookup(key: str):
    return {"value": {"a": 1}[key]}
