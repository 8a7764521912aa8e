import json
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()

os.makedirs("data", exist_ok=True)


def path_for(key):
    if not key.isalnum():
        raise HTTPException(status_code=400, detail="keys are alphanumeric")
    return os.path.join("data", key + ".json")


@app.put("/kv/{key}")
def put(key: str, value: str, ttl: int = 0):
    with open(path_for(key), "w") as f:
        json.dump({"value": value, "ttl": ttl}, f)
    return {"stored": key}


@app.get("/kv/{key}")
def get(key: str):
    p = path_for(key)
    if not os.path.exists(p):
        raise HTTPException(status_code=404, detail=f"{key} not found")
    with open(p) as f:
        return json.load(f)


@app.get("/kv", response_class=PlainTextResponse)
def keys():
    names = sorted(n[:-5] for n in os.listdir("data"))
    return "\n".join(names) if names else "(empty)"
