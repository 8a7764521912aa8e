from typing import Any

from fastapi import Body, FastAPI, Request

app = FastAPI()


@app.post("/inspect/{kind}")
def inspect(kind: str, request: Request, body: dict):
    return {
        "method": request.method,
        "path": request.url.path,
        "kind": request.path_params["kind"],
        "query": dict(request.query_params),
        "agent": request.headers.get("x-agent", "none"),
        "keys": sorted(body.keys()),
    }


@app.get("/headers")
def headers(request: Request):
    return {"token": request.headers.get("authorization"),
            "missing": request.headers.get("x-missing", "default"),
            "tags": request.query_params.getlist("tag")}


@app.put("/raw")
def raw(data: Any = Body()):
    return {"type": type(data).__name__, "data": data}
