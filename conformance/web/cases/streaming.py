from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()


@app.get("/events")
def events():
    def generate():
        for i in range(5):
            yield f"data: {i}\n\n"
    return StreamingResponse(generate(), media_type="text/event-stream")


@app.get("/csv")
def csv_export(rows: int = 3):
    def lines():
        yield "id,name\n"
        for i in range(rows):
            yield f"{i},row{i}\n"
    return StreamingResponse(lines(), media_type="text/csv",
                             headers={"Content-Disposition": "attachment; filename=data.csv"})


@app.get("/bytes")
def byte_stream():
    def chunks():
        yield b"abc"
        yield "déf".encode("utf-8")
    return StreamingResponse(chunks())


@app.get("/status")
def status_stream():
    return StreamingResponse(iter(["x", "y"]), status_code=206, media_type="text/plain")
