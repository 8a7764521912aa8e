from typing import Optional

from fastapi import Cookie, FastAPI, Header, Response
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/login")
def login(user: str, response: Response):
    response.set_cookie(key="session", value=f"sess-{user}")
    response.headers["X-Login"] = user
    return {"logged_in": user}


@app.get("/whoami")
def whoami(session: Optional[str] = Cookie(default=None)):
    if session is None:
        return JSONResponse(status_code=401, content={"error": "no session"})
    return {"session": session, "user": session.removeprefix("sess-")}


@app.get("/lang")
def lang(accept_language: str = Header(default="en"), x_count: int = Header(default=0)):
    return {"lang": accept_language.split(",")[0], "count": x_count + 1}
