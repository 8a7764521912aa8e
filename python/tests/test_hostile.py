"""The hostile-program corpus (conformance/hostile/) through the Python binding.

Each case runs in a `pyex.Ctx` configured from its `.expect` sidecar (the format is described in
tests/hostile_case.rs): the run must end with the expected error and limit, within twice its
time limit, leave the canary file outside the Local root untouched, and the same context and
this interpreter process must run a normal program afterwards. The Rust runner
(tests/tests/hostile.rs) additionally measures the peak heap.
"""

import os
import pathlib
import time

import pytest

import pyex

HOSTILE = pathlib.Path(__file__).resolve().parents[2] / "conformance" / "hostile"


def load(expect):
    case = {
        "name": f"{expect.parent.name}/{expect.stem}",
        "path": expect.with_suffix(".py"),
        "limit": "none",
        "time_ms": 2000,
        "memory": 64 << 20,
        "recursion_limit": 1000,
        "fs": "memory",
    }
    for line in expect.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, value = line.split(":", 1)
            case[key.strip()] = value.strip()
    return case


CASES = [load(p) for p in sorted(HOSTILE.glob("*/*.expect"))]


def sandbox(base):
    """root/ (what the program sees) and outside/canary.txt, with links from one to the other."""
    root, outside = base / "root", base / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    canary = outside / "canary.txt"
    canary.write_text("CANARY: the program must never read or change this\n")
    (root / "data.txt").write_text("inside the sandbox\n")
    (root / "canary_path.txt").write_text(str(canary))
    os.symlink("../outside/canary.txt", root / "link_file")
    os.symlink("../outside", root / "link_dir")
    os.symlink(canary, root / "abs_link")
    os.symlink("/etc", root / "sub" / "etc_link")
    os.symlink("../../outside/new.txt", root / "sub" / "dangling")
    os.link(canary, root / "hard_link")
    return root, canary


def state(canary):
    return canary.read_bytes(), canary.stat().st_mtime_ns, sorted(os.listdir(canary.parent))


def make_ctx(case, root):
    limits = {
        "time": int(case["time_ms"]) / 1000,
        "memory": int(case["memory"]),
        "recursion": int(case["recursion_limit"]),
    }
    for key in ("steps", "output"):
        if key in case:
            limits[key] = int(case[key])
    if case["fs"] == "local":
        return pyex.Ctx(limits=limits, root=str(root))
    return pyex.Ctx(limits=limits, files={"data.txt": "inside the sandbox\n"})


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_hostile_case(case, tmp_path):
    root, canary = sandbox(tmp_path)
    before = state(canary)
    ctx = make_ctx(case, root)
    source = case["path"].read_text()
    start = time.monotonic()
    try:
        ctx.run(source)
        outcome = "ok"
    except pyex.PyexError as error:
        outcome = f"{error.type_name}: {error.message}" if error.message else error.type_name
    if case.get("after") == "snapshot":
        pyex.Ctx.restore(ctx.snapshot())
    elapsed = time.monotonic() - start
    assert outcome == case["outcome"]
    assert (ctx.limit_exceeded() or "none") == case["limit"]
    assert elapsed <= 2 * int(case["time_ms"]) / 1000
    assert state(canary) == before
    ctx.take_stdout()
    ctx.run("print(sum(range(10)))")
    assert ctx.stdout == "45\n"
    assert pyex.run("import json, os\nprint(json.dumps([1]), os.sep)").stdout == "[1] /\n"
