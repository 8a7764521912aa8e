import json

from fastapi import FastAPI, HTTPException
from fastapi.responses import StreamingResponse

app = FastAPI()

jobs = {"build": ["fetch", "compile", "link", "test"], "deploy": ["upload", "restart"]}


@app.get("/jobs/{name}/progress")
def progress(name: str, fmt: str = "text"):
    if name not in jobs:
        raise HTTPException(404, "unknown job")
    steps = jobs[name]

    def gen():
        for i, step in enumerate(steps, 1):
            pct = round(100 * i / len(steps))
            if fmt == "json":
                yield json.dumps({"step": step, "pct": pct}) + "\n"
            else:
                yield f"[{pct:3d}%] {step}\n"
        yield "done\n" if fmt != "json" else json.dumps({"done": True}) + "\n"

    media = "application/x-ndjson" if fmt == "json" else "text/plain"
    return StreamingResponse(gen(), media_type=media, headers={"X-Job": name})
