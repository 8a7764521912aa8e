"""Development aid (not a test): runs web cases under python3 with pyex's own
fastapi/pydantic modules (core/src/stdlib/python) instead of the real ones and
compares with the recorded expectations. usage: python3 devcheck.py [NAME ...]"""
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "..", "core", "src", "stdlib", "python")
SHADOW = tempfile.mkdtemp()
SRC = os.path.abspath(SRC)
for mod in ("pydantic", "pydantic_core"):
    os.symlink(os.path.join(SRC, mod + ".py"), os.path.join(SHADOW, mod + ".py"))
os.mkdir(os.path.join(SHADOW, "fastapi"))
os.symlink(os.path.join(SRC, "fastapi.py"), os.path.join(SHADOW, "fastapi", "__init__.py"))
for sub in ("responses", "requests", "exceptions", "encoders", "routing", "status", "params"):
    os.symlink(os.path.join(SRC, "fastapi_%s.py" % sub), os.path.join(SHADOW, "fastapi", sub + ".py"))
sys.path.insert(0, SHADOW)
import fastapi  # noqa: E402
import io
_real_stderr = sys.stderr
fastapi.sys_stderr_sink = io.StringIO()


def to_req(r):
    return {"method": r["method"], "path": r["path"], "headers": [tuple(h) for h in r["headers"]],
            "body": r["body"].encode()}


def _unused(r):
    headers = [(k.lower(), v) for k, v in (r.get("headers") or {}).items()]
    body = b""
    if "json" in r:
        body = json.dumps(r["json"], ensure_ascii=False, separators=(",", ":")).encode()
        headers.append(("content-type", "application/json"))
    if "body" in r:
        body = r["body"].encode()
    return {"method": r["method"], "path": r["path"], "headers": headers, "body": body}


def run(name):
    base = os.path.join(HERE, "cases", name)
    reqs = json.load(open(base + ".requests.json"))
    exp = json.load(open(base + ".expected.json"))
    fastapi._apps.clear()
    fastapi._booted[0] = None
    ns = {"__name__": "__main__"}
    sys.modules["__main__"].app = None
    cwd = os.getcwd()
    tmp = tempfile.mkdtemp()
    os.chdir(tmp)
    ok = 0
    try:
        exec(compile(open(base + ".py").read(), name + ".py", "exec"), ns)
        sys.modules["__main__"].app = ns.get("app")
        for e in exp:
            r = e.pop("request")
            got = fastapi._lambda_handle(to_req(r))
            g = {"status": got["status"], "headers": [list(h) for h in got["headers"]],
                 "body": got["body"].decode()}
            if g == e:
                ok += 1
            else:
                print("MISMATCH", name, r["method"], r["path"])
                print("  want", e)
                print("  got ", g)
    finally:
        os.chdir(cwd)
    return ok, len(exp)


names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(os.path.join(HERE, "cases")) if n.endswith(".py"))
tot = good = 0
for n in names:
    a, b = run(n)
    good += a
    tot += b
print("devcheck: %d/%d responses match" % (good, tot))
