from statistics import mean, median
from typing import Dict, List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field, field_validator

app = FastAPI()


class Reading(BaseModel):
    city: str
    temps: List[float] = Field(min_length=1)

    @field_validator("city")
    @classmethod
    def title_case(cls, v: str) -> str:
        return v.strip().title()


readings: Dict[str, List[float]] = {}


@app.post("/readings")
def add(reading: Reading):
    readings.setdefault(reading.city, []).extend(reading.temps)
    return {"city": reading.city, "count": len(readings[reading.city])}


@app.get("/report/{city}")
def report(city: str, unit: str = "C"):
    temps = readings.get(city.title())
    if not temps:
        raise HTTPException(404, detail=f"No data for {city.title()}")
    if unit == "F":
        temps = [t * 9 / 5 + 32 for t in temps]
    elif unit != "C":
        raise HTTPException(400, detail="unit must be C or F")
    return {"city": city.title(), "unit": unit, "min": min(temps), "max": max(temps),
            "mean": round(mean(temps), 2), "median": median(temps)}
