"""Grants and I/O pauses through the Python binding: `network=`,
`capabilities=` and `env=` on `pyex.run`, `pyex.Ctx` and `pyex.Lambda`. A
granted request pauses and is performed by the binding (the stub drivers
answer NotImplementedError until the real ones land); an ungranted one raises
PermissionError inside the program and nothing is performed."""

import os

import pytest

import pyex

API = [{"allowed_url_prefix": "http://127.0.0.1:9/api/", "methods": ["GET", "post"],
        "headers": {"Authorization": "Bearer s3cr3t"}}]

PROBE = """
import _pyex_io
def probe(kind, req):
    try:
        getattr(_pyex_io, kind)(req)
        return 'performed'
    except PermissionError as e:
        return 'denied: ' + str(e)
    except Exception:  # the driver answered (a stub or a real error)
        return 'performed'
"""


@pytest.mark.parametrize(
    "kind, request_, expected",
    [
        ("http", {"url": "http://127.0.0.1:9/api/x"}, "performed"),
        ("http", {"method": "POST", "url": "http://127.0.0.1:9/api/x"}, "performed"),
        ("http", {"method": "DELETE", "url": "http://127.0.0.1:9/api/x"},
         "denied: network access denied: DELETE http://127.0.0.1:9/api/x (method not granted for this URL)"),
        ("http", {"url": "http://127.0.0.1:9/api/../admin"},
         "denied: network access denied: GET http://127.0.0.1:9/api/../admin (no granted URL prefix matches)"),
        ("sql", {"statement": "select 1"}, "performed"),
        ("s3", {"operation": "list_buckets"}, 'denied: capability "boto3" is not granted'),
    ],
)
def test_granted_requests_are_performed_and_others_refused(kind, request_, expected):
    result = pyex.run(PROBE + f"probe({kind!r}, {request_!r})", network=API, capabilities=["sql"])
    assert result.value == expected


def test_nothing_is_granted_by_default():
    assert pyex.run(PROBE + "probe('sql', {})").value == 'denied: capability "sql" is not granted'
    assert pyex.run(PROBE + "probe('http', {'url': 'http://127.0.0.1:9/api/'})").value.startswith(
        "denied: network access denied: GET"
    )


def test_os_environ_is_exactly_env():
    os.environ.setdefault("HOME", "/root")
    source = "import os\nsorted(os.environ.items())"
    assert pyex.run(source).value == []
    assert pyex.run(source, env={"DATABASE_URL": "postgres://x", "N": 1}).value == [
        ("DATABASE_URL", "postgres://x"),
        ("N", "1"),
    ]


def test_injected_headers_are_not_visible_to_the_program():
    source = PROBE + "import os\n[probe('http', {'url': 'http://127.0.0.1:9/api/x'}), dict(os.environ), dir(_pyex_io)]"
    result = pyex.run(source, network=API)
    assert "s3cr3t" not in repr(result.value) + result.stdout + result.stderr


def test_io_and_host_calls_mix_in_one_run():
    calls = []

    def record(x):
        calls.append(x)
        return x * 2

    source = PROBE + "import rec\n[rec.record(21), probe('sql', {'statement': 'select 1'})]"
    result = pyex.run(source, modules={"rec": {"record": record}}, capabilities=["sql"])
    assert result.value == [42, "performed"]
    assert calls == [21]


def test_ctx_grants_survive_a_snapshot_and_can_be_replaced():
    ctx = pyex.Ctx(capabilities=["sql"], network=API)
    ctx.run(PROBE)
    restored = pyex.Ctx.restore(ctx.snapshot())
    assert restored.run("probe('sql', {})") == "performed"
    restored.set_grants(network=API)
    assert restored.run("probe('sql', {})") == 'denied: capability "sql" is not granted'


def test_bad_grants_are_rejected():
    with pytest.raises(ValueError, match="allowed_url_prefix"):
        pyex.run("1", network=[{"methods": ["GET"]}])
    with pytest.raises(ValueError, match="unknown network grant key 'header'"):
        pyex.run("1", network=[{"allowed_url_prefix": "http://x/", "header": {}}])


APP = """
import _pyex_io
from fastapi import FastAPI
app = FastAPI()
BOOT = []
# no DATABASE_URL granted: the driver answers with the error
BOOT.append(_pyex_io.sql({'statement': 'select 1'})['error']['message'])

@app.get("/probe")
def probe():
    import tally
    out = {'tally': tally.bump()}
    # nothing listens on port 9: the driver answers with the refused connection
    out['http'] = _pyex_io.http({'method': 'GET', 'url': 'http://127.0.0.1:9/api/items'})['reason']
    try:
        _pyex_io.http({'method': 'GET', 'url': 'http://127.0.0.1:9/admin'})
    except PermissionError as e:
        out['admin'] = str(e)
    out['boot'] = BOOT
    return out
"""


def test_lambda_handlers_do_io_and_host_calls():
    count = []

    def bump():
        count.append(1)
        return len(count)

    app = pyex.Lambda.boot(APP, network=API, capabilities=["sql"], modules={"tally": {"bump": bump}})
    response = app.handle({"method": "GET", "path": "/probe"})
    assert response["status"] == 200
    assert response["body"] == {
        "tally": 1,
        "http": "refused",
        "admin": "network access denied: GET http://127.0.0.1:9/admin (no granted URL prefix matches)",
        "boot": ["DATABASE_URL is not set in the environment the host granted"],
    }
    streamed = app.handle_stream({"method": "GET", "path": "/probe"})
    assert b"".join(streamed["chunks"]).startswith(b'{"tally":2')
