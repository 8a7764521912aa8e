from fastapi import FastAPI

app = FastAPI()

state = {"count": 0, "history": []}


@app.post("/increment")
def increment(by: int = 1):
    state["count"] += by
    state["history"].append(by)
    return {"count": state["count"]}


@app.post("/reset")
def reset():
    old = state["count"]
    state["count"] = 0
    state["history"].clear()
    return {"was": old}


@app.get("/stats")
def stats():
    h = state["history"]
    return {"count": state["count"], "calls": len(h), "max": max(h) if h else None,
            "avg": sum(h) / len(h) if h else 0}
