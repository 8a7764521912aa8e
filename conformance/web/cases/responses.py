from fastapi import FastAPI
from fastapi.responses import (HTMLResponse, JSONResponse, PlainTextResponse,
                               RedirectResponse, Response)

app = FastAPI()


@app.get("/html", response_class=HTMLResponse)
def html():
    return "<h1>Hello</h1>"


@app.get("/html2")
def html2():
    return HTMLResponse("<p>direct</p>", status_code=201)


@app.get("/text")
def text():
    return PlainTextResponse("just text\nline two")


@app.get("/json")
def json_resp():
    return JSONResponse({"a": 1, "b": [True, None]}, status_code=202, headers={"X-Custom": "yes"})


@app.get("/redirect")
def redirect():
    return RedirectResponse("/html")


@app.get("/redirect-perm")
def redirect_perm():
    return RedirectResponse(url="/new place?x=1", status_code=301)


@app.get("/raw")
def raw():
    return Response(content="<xml>data</xml>", media_type="application/xml")


@app.get("/empty")
def empty():
    return Response(status_code=204)


@app.get("/unicode")
def unicode():
    return {"text": "héllo wörld ✓", "emoji": "🎉"}
