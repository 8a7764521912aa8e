from fastapi import FastAPI, Response, status

app = FastAPI()

store = {}


@app.post("/things/{key}", status_code=status.HTTP_201_CREATED)
def create(key: str, value: int = 0):
    store[key] = value
    return {"key": key, "value": value}


@app.put("/things/{key}")
def upsert(key: str, value: int, response: Response):
    if key not in store:
        response.status_code = status.HTTP_201_CREATED
    store[key] = value
    response.headers["X-Store-Size"] = str(len(store))
    return store


@app.delete("/things/{key}", status_code=204)
def delete(key: str):
    store.pop(key, None)


@app.get("/accepted", status_code=202)
def accepted():
    return {"queued": True}
