from fastapi import FastAPI, Request

app = FastAPI()
stored = {}


@app.post("/upload")
async def upload(request: Request):
    form = await request.form()
    report = {"fields": {}, "files": []}
    for name, value in form.multi_items():
        if hasattr(value, "filename"):
            data = await value.read()
            stored[value.filename] = data
            report["files"].append({
                "field": name,
                "filename": value.filename,
                "content_type": value.content_type,
                "size": len(data),
                "lines": data.decode().count("\n"),
            })
        else:
            report["fields"][name] = value
    report["tags"] = form.getlist("tag")
    return report


@app.get("/files")
def files():
    return {"names": sorted(stored), "total": sum(len(v) for v in stored.values())}


@app.post("/login")
async def login(request: Request):
    form = await request.form()
    user = form.get("user")
    if not user:
        return {"ok": False, "missing": [k for k in ("user", "password") if k not in form]}
    return {"ok": True, "user": user, "remember": form.get("remember", "off")}
