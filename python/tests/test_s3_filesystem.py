"""The S3 filesystem through the Python binding (`s3={"bucket", "prefix", ...}` on `pyex.run`,
`pyex.Ctx` and `pyex.Lambda.boot`), against an s3s-fs server of this module's own
(scripts/services/s3.sh with a state directory of its own, stopped at the end). Without an
installed s3s-fs the tests are skipped, unless PYEX_REQUIRE_SERVICES is set (then s3.sh
installs it)."""

import os
import subprocess
import tempfile

import pytest

import pyex

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
SCRIPT = os.path.join(ROOT, "scripts", "services", "s3.sh")
with open(os.path.join(ROOT, "examples", "todo_app.py")) as f:
    TODO_APP = f.read()


def s3s_installed():
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    root = os.environ.get("PYEX_S3S_ROOT") or os.path.join(cache, "pyex", "s3s-fs")
    return os.path.exists(os.path.join(root, "bin", "s3s-fs"))


pytestmark = pytest.mark.skipif(
    not (s3s_installed() or os.environ.get("PYEX_REQUIRE_SERVICES")),
    reason="s3s-fs is not installed (scripts/services/s3.sh install)",
)


@pytest.fixture(scope="module")
def server():
    state = tempfile.mkdtemp(prefix="pyex-s3-pytest-")
    env = dict(os.environ, PYEX_S3_STATE=state)
    out = subprocess.run([SCRIPT, "start"], env=env, check=True, capture_output=True, text=True)
    aws = dict(
        line[len("export "):].split("=", 1) for line in out.stdout.splitlines() if line.startswith("export ")
    )
    try:
        created = pyex.run(
            "import boto3\nboto3.client('s3').create_bucket(Bucket='py-app')['ResponseMetadata']['HTTPStatusCode']",
            capabilities=["boto3"],
            env=aws,
        )
        assert created.value == 200
        yield {"env": aws, "state": state}
    finally:
        subprocess.run([SCRIPT, "stop"], env=env, check=False)


def stored(aws, key):
    """The object's text as another program reads it through boto3."""
    source = f"import boto3\nboto3.client('s3').get_object(Bucket='py-app', Key={key!r})['Body'].read().decode()"
    return pyex.run(source, capabilities=["boto3"], env=aws).value


def test_open_os_and_pathlib_on_a_bucket_prefix(server):
    source = """
import os, pathlib, json
with open("notes/a.txt", "w") as f:
    f.write("first")
pathlib.Path("notes/b.json").write_text(json.dumps({"n": 2}))
with open("notes/a.txt", "a") as f:
    f.write(" + more")
[sorted(os.listdir("notes")), open("notes/a.txt").read(), os.path.exists("notes/c.txt"),
 json.loads(pathlib.Path("notes/b.json").read_text())]
"""
    result = pyex.run(source, s3={"bucket": "py-app", "prefix": "run/"}, env=server["env"])
    assert result.value == [["a.txt", "b.json"], "first + more", False, {"n": 2}]
    assert stored(server["env"], "run/notes/a.txt") == "first + more"
    # The connection options may be given in the dict instead of env=.
    aws = server["env"]
    s3 = {
        "bucket": "py-app",
        "prefix": "/run",
        "endpoint_url": aws["AWS_ENDPOINT_URL"],
        "region": aws["AWS_REGION"],
        "access_key_id": aws["AWS_ACCESS_KEY_ID"],
        "secret_access_key": aws["AWS_SECRET_ACCESS_KEY"],
    }
    ctx = pyex.Ctx(s3=s3)
    assert ctx.run("open('notes/a.txt').read()") == "first + more"


def test_todo_app_keeps_its_todos_in_the_bucket(server):
    aws = server["env"]
    app = pyex.Lambda.boot(TODO_APP, s3={"bucket": "py-app", "prefix": "tenants/1/"}, env=aws)
    todo = app.handle({"method": "POST", "path": "/todos", "body": '{"title": "Buy milk"}'})["body"]
    assert todo["title"] == "Buy milk"
    assert todo["id"] in stored(aws, "tenants/1/todos.json")
    on_disk = os.path.join(server["state"], "data", "py-app", "tenants", "1", "todos.json")
    assert os.path.exists(on_disk)
    again = pyex.Lambda.boot(TODO_APP, s3={"bucket": "py-app", "prefix": "tenants/1/"}, env=aws)
    assert again.handle({"method": "GET", "path": "/todos"})["body"] == [todo]


def test_bad_s3_options_are_rejected():
    with pytest.raises(ValueError, match="bucket"):
        pyex.Ctx(s3={"prefix": "x/"})
    with pytest.raises(ValueError, match="unknown s3 option 'bukcet'"):
        pyex.Ctx(s3={"bukcet": "x"})
    with pytest.raises(TypeError, match=r"s3\['region'\] must be a str"):
        pyex.Ctx(s3={"bucket": "x", "region": 1})
    with pytest.raises(ValueError, match="not both"):
        pyex.Ctx(s3={"bucket": "x"}, root="/tmp")
