import math

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()

OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "pow": lambda a, b: a ** b,
}


@app.get("/calc/{op}")
def calc(op: str, a: float, b: float = 0.0):
    if op not in OPS:
        raise HTTPException(status_code=400, detail={"error": "unknown op", "ops": sorted(OPS)})
    try:
        result = OPS[op](a, b)
    except ZeroDivisionError:
        raise HTTPException(status_code=422, detail="division by zero")
    return {"op": op, "a": a, "b": b, "result": result}


@app.get("/sqrt")
def sqrt(x: float = Query(ge=0)):
    return {"x": x, "sqrt": math.sqrt(x), "is_int": math.sqrt(x).is_integer()}


@app.get("/stats")
def stats(values: list[float] = Query()):
    mean = sum(values) / len(values)
    return {"n": len(values), "mean": mean, "min": min(values), "max": max(values)}
