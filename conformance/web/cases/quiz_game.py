import random

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

QUESTIONS = [
    {"q": "2 + 2", "a": "4"},
    {"q": "capital of France", "a": "paris"},
    {"q": "largest planet", "a": "jupiter"},
]

games = {}


class Answer(BaseModel):
    answer: str


@app.post("/games/{player}")
def start(player: str, seed: int = 0):
    order = list(range(len(QUESTIONS)))
    random.Random(seed).shuffle(order)
    games[player] = {"order": order, "pos": 0, "score": 0}
    return {"player": player, "question": QUESTIONS[order[0]]["q"]}


@app.post("/games/{player}/answer")
def answer(player: str, body: Answer):
    game = games.get(player)
    if game is None:
        raise HTTPException(404, f"no game for {player}")
    if game["pos"] >= len(QUESTIONS):
        raise HTTPException(400, "game over")
    current = QUESTIONS[game["order"][game["pos"]]]
    correct = body.answer.strip().lower() == current["a"]
    game["score"] += int(correct)
    game["pos"] += 1
    nxt = QUESTIONS[game["order"][game["pos"]]]["q"] if game["pos"] < len(QUESTIONS) else None
    return {"correct": correct, "score": game["score"], "next": nxt}
