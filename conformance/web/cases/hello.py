from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def root():
    return {"message": "Hello World"}


@app.get("/hello/{name}")
def hello(name: str):
    return {"greeting": f"Hello, {name}!", "length": len(name)}


@app.get("/none")
def nothing():
    return None


@app.get("/list")
def numbers():
    return [1, 2.5, "three", True, None, {"nested": [1, 2]}]
