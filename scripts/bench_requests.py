#!/usr/bin/env python3
"""How long a `requests.get` to 127.0.0.1 takes under pyex and under CPython + requests, same run.

    python3 scripts/bench_requests.py [--calls N] [--rounds R]

Starts scripts/services/http_server.py, then times the same program (N calls of
`requests.get(BASE + "/api/users/1").json()`, once with a fresh `requests.get` per call, once
through one `requests.Session`) under:

  cpython     the python of the requests virtualenv (scripts/requests-venv), real requests
  pyex cli    the `pyex` CLI (--allow-url; it performs each I/O pause in-process)
  pyex py     the Python binding, `pyex.run(src, network=[...])`, when it is importable
  pyex nif    the Elixir binding, `Pyex.run(src, network: [...])` (dirty-I/O NIF), when
              `mix` and the elixir/ project are there

Each program measures its own loop with time.perf_counter(), so start-up is not counted;
the table gives the median over R rounds of the per-call time in microseconds. Set PYEX_CLI
to the pyex binary (default: target/release/pyex, built if missing).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("PYEX_REQUESTS_VENV", "/work/.cache/requests-venv"))

PROGRAM = """
import json, os, time
import requests
BASE = os.environ.get("PYEX_HTTP_BASE") or BASE_DEFAULT
N = CALLS
t0 = time.perf_counter()
for _ in range(N):
    assert requests.get(BASE + "/api/users/1").json()["id"] == 1
t1 = time.perf_counter()
with requests.Session() as s:
    for _ in range(N):
        assert s.get(BASE + "/api/users/1").json()["id"] == 1
t2 = time.perf_counter()
print(json.dumps({"get": (t1 - t0) / N * 1e6, "session": (t2 - t1) / N * 1e6}))
"""


def program(base, calls):
    return PROGRAM.replace("BASE_DEFAULT", repr(base)).replace("CALLS", str(calls))


def run_cpython(source, base):
    python = VENV / "bin" / "python"
    if not python.exists():
        return None
    env = {"PATH": "/usr/bin:/bin", "PYEX_HTTP_BASE": base}
    out = subprocess.run([str(python), "-c", source], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def pyex_cli():
    cli = Path(os.environ.get("PYEX_CLI", ""))
    if cli.is_file():
        return cli
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    cli = target / "release" / "pyex"
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "pyex-cli"], cwd=ROOT, check=True)
    return cli


def run_cli(cli, source, base, tmp):
    path = Path(tmp) / "bench_requests_prog.py"
    path.write_text(source)
    out = subprocess.run([str(cli), "--allow-url", base + "/", str(path)], capture_output=True,
                         text=True)
    if out.returncode != 0:
        print("pyex cli failed:", out.stderr.strip().splitlines()[-1:], file=sys.stderr)
        return None
    return json.loads(out.stdout)


def run_python_binding(source, base):
    try:
        sys.path.insert(0, str(ROOT / "python"))
        import pyex  # noqa: PLC0415
        result = pyex.run(source, network=[{"allowed_url_prefix": base + "/"}])
    except Exception as e:  # the binding may not be built, or lack network= yet
        print("pyex python binding unavailable:", type(e).__name__, e, file=sys.stderr)
        return None
    text = getattr(result, "stdout", None) or str(result)
    return json.loads(text.strip().splitlines()[-1])


def run_nif(source, base):
    if not (ROOT / "elixir" / "mix.exs").exists():
        return None
    script = (
        "src = File.read!(System.fetch_env!(\"BENCH_SRC\"))\n"
        "case Pyex.run(src, network: [%{allowed_url_prefix: System.fetch_env!(\"BENCH_BASE\") <> \"/\"}]) do\n"
        "  {:ok, %{stdout: out}} -> IO.write(out)\n"
        "  {:ok, other} -> IO.inspect(other)\n"
        "  {:error, e} -> IO.puts(:stderr, inspect(e)); System.halt(1)\n"
        "end\n"
    )
    src_file = Path("/tmp/bench_requests_nif_prog.py")
    src_file.write_text(source)
    env = dict(os.environ, BENCH_SRC=str(src_file), BENCH_BASE=base, MIX_ENV="prod")
    out = subprocess.run(["mix", "run", "-e", script], cwd=ROOT / "elixir", env=env,
                         capture_output=True, text=True)
    if out.returncode != 0:
        print("pyex nif unavailable:", out.stderr.strip().splitlines()[-1:], file=sys.stderr)
        return None
    try:
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print("pyex nif printed:", out.stdout[-200:], file=sys.stderr)
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-nif", action="store_true")
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts/services/http_server.py"), "--watch-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        base = f"http://127.0.0.1:{int(server.stdout.readline())}"
        source = program(base, args.calls)
        cli = pyex_cli()
        ways = {
            "cpython + requests": lambda: run_cpython(source, base),
            "pyex cli": lambda: run_cli(cli, source, base, "/tmp"),
            "pyex python binding": lambda: run_python_binding(source, base),
        }
        if not args.no_nif:
            ways["pyex nif (dirty I/O)"] = lambda: run_nif(source, base)
        results = {name: [] for name in ways}
        for _ in range(args.rounds):
            for name, way in ways.items():
                if results[name] is None:
                    continue
                got = way()
                if got is None:
                    results[name] = None
                else:
                    results[name].append(got)
        print(f"requests.get to 127.0.0.1 (/api/users/1 + .json()), {args.calls} calls x "
              f"{args.rounds} rounds, median per call")
        print(f"{'':24} {'requests.get':>14} {'Session.get':>14}")
        for name, rows in results.items():
            if not rows:
                print(f"{name:24} {'n/a':>14} {'n/a':>14}")
                continue
            get = statistics.median(r["get"] for r in rows)
            ses = statistics.median(r["session"] for r in rows)
            print(f"{name:24} {get:11.0f} us {ses:11.0f} us")
    finally:
        server.stdin.close()
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
