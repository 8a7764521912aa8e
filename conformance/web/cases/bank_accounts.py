from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field, model_validator

app = FastAPI()

accounts = {"alice": 100.0, "bob": 50.0}
ledger = []


class Transfer(BaseModel):
    source: str
    target: str
    amount: float = Field(gt=0)
    memo: str = ""

    @model_validator(mode="before")
    @classmethod
    def normalize(cls, data):
        if isinstance(data, dict):
            data = dict(data)
            for key in ("source", "target"):
                if isinstance(data.get(key), str):
                    data[key] = data[key].strip().lower()
        return data

    @model_validator(mode="after")
    def distinct(self):
        if self.source == self.target:
            raise ValueError("source and target must differ")
        return self


@app.post("/transfers")
def transfer(t: Transfer):
    for name in (t.source, t.target):
        if name not in accounts:
            raise HTTPException(404, detail=f"no account {name!r}")
    if accounts[t.source] < t.amount:
        raise HTTPException(402, detail={"balance": accounts[t.source], "needed": t.amount})
    accounts[t.source] -= t.amount
    accounts[t.target] += t.amount
    ledger.append(t)
    return {"ok": True, "balances": accounts, "entries": len(ledger)}


@app.get("/ledger")
def get_ledger():
    return ledger
