"""Replays each case's requests against the real FastAPI app (TestClient) and
writes cases/NAME.expected.json: [{request, status, headers: [[k, v]...], body}],
`request` being exactly what was sent (method, path, headers, body text).

A case is cases/NAME.py (the app; a FastAPI instance named `app`) and
cases/NAME.requests.json: [{"method", "path" (with ?query), optional "json",
"body" (raw text), "headers" {name: value}}]. Each app runs in a fresh empty
temporary directory (apps may write files). Cookies are not kept between
requests (a case passes a Cookie header explicitly).
"""
import json
import os
import sys
import tempfile

from fastapi.testclient import TestClient

HERE = os.path.dirname(os.path.abspath(__file__))


def record(case):
    base = case[:-3]
    with open(case) as f:
        source = f.read()
    with open(base + ".requests.json") as f:
        requests = json.load(f)
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            namespace = {"__name__": "__main__"}
            exec(compile(source, os.path.basename(case), "exec"), namespace)
            client = TestClient(namespace["app"], raise_server_exceptions=False,
                                follow_redirects=False)
            results = []
            for req in requests:
                kwargs = {"headers": req.get("headers") or {}}
                if "json" in req:
                    kwargs["json"] = req["json"]
                if "body" in req:
                    kwargs["content"] = req["body"].encode("utf-8")
                resp = client.request(req["method"], req["path"], **kwargs)
                # no cookie jar: each request sends exactly the headers its case gives
                client.cookies.clear()
                sent = dict(req.get("headers") or {})
                if "json" in req:
                    sent["content-type"] = resp.request.headers["content-type"]
                results.append({
                    # exactly what was sent (the runner replays this, byte for byte)
                    "request": {"method": req["method"], "path": req["path"],
                                "headers": [[k.lower(), v] for k, v in sent.items()],
                                "body": resp.request.content.decode("utf-8")},
                    "status": resp.status_code,
                    "headers": [[k, v] for k, v in resp.headers.multi_items()],
                    "body": resp.content.decode("utf-8"),
                })
        finally:
            os.chdir(cwd)
    with open(base + ".expected.json", "w") as f:
        # one response per line: diffs stay readable
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in results) + "\n]\n")
    print("recorded", base + ".expected.json", len(results), "responses")


def main():
    cases = sys.argv[1:] or sorted(
        os.path.join(HERE, "cases", n) for n in os.listdir(os.path.join(HERE, "cases"))
        if n.endswith(".py"))
    for case in cases:
        record(os.path.abspath(case))


if __name__ == "__main__":
    main()
