"""The Lambda bench's requests under CPython + the real FastAPI/pydantic/Jinja2/Markdown.

    /work/.cache/web-venv/bin/python scripts/lambda_vs_cpython.py [boot|hello|list|page|post] [N]

The counterpart of `core/examples/time_lambda.rs` (same apps, same requests): without
arguments it prints wall µs per operation (best of 5 batches); with a mode and N it runs the
operation N times, for instruction counts under valgrind (per operation = (count(N=11) -
count(N=1)) / 10, like time_lambda). Requests call the ASGI app in process (`await
app(scope, receive, send)` on one asyncio loop; sync handlers run in anyio's thread pool as
under uvicorn), no TestClient, no HTTP. "boot" runs the app's source in a fresh module with
fastapi, pydantic, jinja2 and markdown already imported (pyex's template machine has them
prepared too).
"""
import asyncio
import json
import os
import sys
import time

import fastapi  # noqa: F401
import jinja2  # noqa: F401
import markdown  # noqa: F401
import pydantic  # noqa: F401
from fastapi.responses import HTMLResponse  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "..", "conformance", "web", "cases")
BLOG = open(os.path.join(CASES, "blog_pages.py")).read()
HELLO = open(os.path.join(CASES, "hello.py")).read()
MARKDOWN = ("# Getting started\n\nPyex runs **Python** inside your *host*. It has:\n\n- a parser\n"
            "- an evaluator with `frames`\n- snapshots\n\n| Feature | State |\n"
            "|---------|-------|\n| run | done |\n| snapshot | done |\n\n```python\n"
            "def hello(name):\n    return f\"hi {name}\"\n```\n\n"
            "> Quoted with a [link](https://example.com).\n")


def boot(source):
    namespace = {"__name__": "main"}
    exec(compile(source, "main.py", "exec"), namespace)
    return namespace["app"]


async def call(app, method, path, body=b""):
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "server": ("testserver", 80),
             "client": ("testclient", 50000),
             "headers": [(b"host", b"testserver"), (b"content-type", b"application/json")]}
    sent = [False]
    out = {}

    async def receive():
        if sent[0]:
            return {"type": "http.disconnect"}
        sent[0] = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]

    await app(scope, receive, send)
    return out["status"]


def main():
    loop = asyncio.new_event_loop()
    blog = boot(BLOG)
    hello = boot(HELLO)
    for i in range(5):
        body = json.dumps({"title": f"Post number {i}", "body": MARKDOWN, "tags": [f"t{i}", "all"]})
        assert loop.run_until_complete(call(blog, "POST", "/posts", body.encode())) == 201
    create = json.dumps({"title": "Bench", "body": "b", "tags": ["x"]}).encode()
    ops = {
        "boot": lambda: boot(BLOG),
        "hello": lambda: loop.run_until_complete(call(hello, "GET", "/hello/World")),
        "list": lambda: loop.run_until_complete(call(blog, "GET", "/posts")),
        "page": lambda: loop.run_until_complete(call(blog, "GET", "/posts/post-number-3")),
        "post": lambda: loop.run_until_complete(call(blog, "POST", "/posts", create)),
    }
    if len(sys.argv) > 1:
        op = ops[sys.argv[1]]
        for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 1):
            op()
        return
    for name, op in ops.items():
        n = 100 if name == "boot" else 1000
        best = None
        for _ in range(5):
            t0 = time.perf_counter()
            for _ in range(n):
                op()
            dt = (time.perf_counter() - t0) / n * 1e6
            best = dt if best is None or dt < best else best
        print(f"{name}: {best:.1f} us")


main()
