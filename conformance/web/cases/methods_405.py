from fastapi import FastAPI

app = FastAPI()


@app.get("/resource")
def get_resource():
    return {"op": "get"}


@app.post("/resource")
def post_resource():
    return {"op": "post"}


@app.put("/resource/{rid}")
def put_resource(rid: int):
    return {"op": "put", "rid": rid}


@app.api_route("/multi", methods=["GET", "POST", "PATCH"])
def multi():
    return {"op": "multi"}


@app.options("/resource")
def options_resource():
    return {"allow": ["GET", "POST"]}


@app.head("/ping")
def head_ping():
    return {"pong": True}
