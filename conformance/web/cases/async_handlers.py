from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Msg(BaseModel):
    text: str


async def shout(text):
    return text.upper() + "!"


@app.get("/async/{word}")
async def async_word(word: str, times: int = 1):
    loud = await shout(word)
    return {"result": " ".join([loud] * times)}


@app.post("/messages")
async def post_message(msg: Msg):
    return {"echo": await shout(msg.text)}


@app.post("/raw")
async def raw(request: Request):
    body = await request.body()
    data = await request.json()
    return {"bytes": len(body), "keys": list(data)}
