# I/O through the NIF next to CPython, in one run: a `requests.get` to a local HTTP server
# and a one-row `sql.query` against PostgreSQL, per call (p50 and mean).
#
#   scripts/services/postgres.sh run -- sh -c 'cd elixir && MIX_ENV=prod mix run bench/io_comparison.exs [N [ROUNDS]]'
#
# (without DATABASE_URL only the HTTP half runs). Sides, each measuring its own loop with
# time.perf_counter() around every call, in process and warm:
#
#   pyex nif      `Pyex.run(program, network: ..., capabilities: [:sql], env: ...)`: every
#                 call pauses the run, the NIF performs it on a dirty I/O scheduler (a Task
#                 per call), and the run resumes.
#   pyex cli      the release `pyex` CLI on the same program (it performs pauses in-process),
#                 when $CARGO_TARGET_DIR/release/pyex exists.
#   pyex py       the release Python binding (`pyex.run(program, network=..., ...)`, pauses
#                 performed without the GIL), when $CARGO_TARGET_DIR/release/lib_pyex.so exists
#                 (`cargo build --release -p pyex-py`).
#   cpython       CPython 3.11 with the real packages: `requests` from scripts/requests-venv,
#                 `psycopg[binary]` 3.2.3 from scripts/sql-venv (never the system python).
#
# Connection setup is counted the same way on every side: WARM calls run before the N timed
# ones, so the PostgreSQL connection (psycopg.connect once; pyex's driver connects on the first
# sql.query and keeps the connection for the run) and the keep-alive HTTP connection of a
# `requests.Session` exist before timing starts. `requests.get` differs by design: CPython's
# requests opens a new TCP connection for each call (a throwaway Session), pyex's driver keeps
# one connection pool per run; `Session.get` is the like-for-like HTTP figure. The sides run
# one after the other, ROUNDS times (default 3, interleaved so that a change of the machine's
# load hits every side); p50 and mean are over all rounds' samples.

Code.require_file("../test/support/services.ex", __DIR__)
alias Pyex.Test.Services

{n, rounds} =
  case System.argv() do
    [n, rounds | _] -> {String.to_integer(n), String.to_integer(rounds)}
    [n] -> {String.to_integer(n), 3}
    [] -> {500, 3}
  end

warm = 50
root = Path.expand("../..", __DIR__)
target = System.get_env("CARGO_TARGET_DIR") || Path.join(root, "target")
url = Services.database_url()

timing = """
import time
N, WARM = #{n}, #{warm}

def timed(call):
    for _ in range(WARM):
        call()
    samples = []
    for _ in range(N):
        t0 = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t0)
    return samples

def report(results):
    for label, samples in results.items():
        print(label, *[f"{s * 1e6:.2f}" for s in samples])
"""

http_program = fn base ->
  timing <>
    """
    import requests
    BASE = "#{base}"

    def get():
        assert requests.get(BASE + "/api/users/1").json()["id"] == 1

    session = requests.Session()
    def session_get():
        assert session.get(BASE + "/api/users/1").json()["id"] == 1

    report({"requests.get": timed(get), "Session.get": timed(session_get)})
    """
end

query = "SELECT id, name, balance FROM bench_io_users WHERE id = "

sql_pyex =
  timing <>
    """
    import sql
    i = 0
    def one_row():
        global i
        i += 1
        rows = sql.query("#{query}$1", [i % 1000 + 1])
        assert len(rows) == 1 and rows[0]["name"] == "user" + str(rows[0]["id"])

    report({"sql.query": timed(one_row)})
    """

sql_psycopg =
  timing <>
    """
    import os, psycopg
    from psycopg.rows import dict_row
    conn = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True, row_factory=dict_row)
    i = 0
    def one_row():
        global i
        i += 1
        rows = conn.execute("#{query}%s", [i % 1000 + 1]).fetchall()
        assert len(rows) == 1 and rows[0]["name"] == "user" + str(rows[0]["id"])

    report({"sql.query": timed(one_row)})
    """

# Each side prints one line per call kind: its label, then every call's time in us.
parse = fn out ->
  for line <- String.split(out, "\n", trim: true),
      [label | samples] = String.split(line, " "),
      label in ["requests.get", "Session.get", "sql.query"],
      into: %{},
      do: {label, Enum.map(samples, &String.to_float/1)}
end

run_nif = fn source, opts ->
  {:ok, _, ctx} = Pyex.run(source, opts ++ [timeout: 600_000])
  parse.(Pyex.output(ctx))
end

run_cmd = fn command, args, env ->
  case System.cmd(command, args, env: env) do
    {out, 0} -> parse.(out)
    {out, status} -> raise "#{command} failed (#{status}): #{String.slice(out, -400, 400)}"
  end
end

write = fn name, source ->
  path = Path.join(System.tmp_dir!(), "pyex_io_comparison_#{name}.py")
  File.write!(path, source)
  path
end

venv_python = fn var, default ->
  python = Path.join([System.get_env(var) || default, "bin", "python"])
  if File.exists?(python), do: python
end

requests_python = venv_python.("PYEX_REQUESTS_VENV", "/work/.cache/requests-venv")
psycopg_python = venv_python.("PYEX_SQL_VENV", "/work/.cache/sql-venv")
cli = Path.join([target, "release", "pyex"])
cli = if File.exists?(cli), do: cli

# The release Python binding, importable from a directory of its own.
binding =
  with so = Path.join([target, "release", "lib_pyex.so"]),
       true <- File.exists?(so),
       python when python != nil <- System.find_executable("python3") do
    {suffix, 0} =
      System.cmd(python, ["-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"])

    dir = Path.join(System.tmp_dir!(), "pyex_io_comparison_py/pyex")
    File.mkdir_p!(dir)

    for file <- Path.wildcard(Path.join([root, "python", "pyex", "*.py"])),
        do: File.cp!(file, Path.join(dir, Path.basename(file)))

    File.cp!(so, Path.join(dir, "_pyex" <> String.trim(suffix)))
    {python, Path.dirname(dir)}
  else
    _ -> nil
  end

run_binding = fn {python, dir}, path, kwargs, env ->
  script =
    "import sys; sys.path.insert(0, #{inspect(dir)}); import pyex\n" <>
      "r = pyex.run(open(#{inspect(path)}).read(), #{kwargs})\nprint(r.stdout, end='')"

  run_cmd.(python, ["-c", script], env)
end

{server, port} = Services.start_http()
base = "http://127.0.0.1:#{port}"
http_src = http_program.(base)
sql_env = if url, do: %{"DATABASE_URL" => url}, else: %{}

if url do
  setup =
    "import sql\nsql.query(\"DROP TABLE IF EXISTS bench_io_users; " <>
      "CREATE TABLE bench_io_users (id int PRIMARY KEY, name text, balance numeric(10, 2)); " <>
      "INSERT INTO bench_io_users SELECT g, 'user' || g, g * 1.5 FROM generate_series(1, 1000) g\")"

  Pyex.run!(setup, capabilities: [:sql], env: sql_env)
end

sides =
  [
    {"pyex nif", "http",
     fn -> run_nif.(http_src, network: [%{allowed_url_prefix: base <> "/"}]) end},
    requests_python &&
      {"cpython + requests", "http",
       fn -> run_cmd.(requests_python, [write.("http", http_src)], [{"PYTHONPATH", nil}]) end},
    cli &&
      {"pyex cli", "http",
       fn -> run_cmd.(cli, ["--allow-url", base <> "/", write.("http", http_src)], []) end},
    url &&
      {"pyex nif", "sql", fn -> run_nif.(sql_pyex, capabilities: [:sql], env: sql_env) end},
    url && psycopg_python &&
      {"cpython + psycopg", "sql",
       fn ->
         run_cmd.(psycopg_python, [write.("psycopg", sql_psycopg)], [{"DATABASE_URL", url}])
       end},
    binding &&
      {"pyex py", "http",
       fn ->
         grant = "network=[{'allowed_url_prefix': #{inspect(base <> "/")}}]"
         run_binding.(binding, write.("http", http_src), grant, [])
       end},
    url && binding &&
      {"pyex py", "sql",
       fn ->
         grant = "capabilities=['sql'], env={'DATABASE_URL': #{inspect(url)}}"
         run_binding.(binding, write.("sql", sql_pyex), grant, [])
       end},
    url && cli &&
      {"pyex cli", "sql",
       fn ->
         run_cmd.(
           cli,
           ["--capability", "sql", "--env", "DATABASE_URL=#{url}", write.("sql", sql_pyex)],
           []
         )
       end}
  ]
  |> Enum.filter(& &1)

stats = fn samples ->
  sorted = Enum.sort(samples)
  p50 = Enum.at(sorted, div(length(sorted), 2))
  {p50, Enum.sum(samples) / length(samples)}
end

load = fn -> File.read!("/proc/loadavg") |> String.split() |> Enum.take(3) |> Enum.join(" ") end

IO.puts(
  "I/O per call through pyex and CPython: #{rounds} rounds of #{n} timed calls after #{warm} warm-up calls"
)

IO.puts("load average before: #{load.()}  (#{System.schedulers_online()} schedulers)")

IO.puts(
  String.pad_trailing("side", 22) <>
    String.pad_trailing("call", 16) <>
    String.pad_leading("p50 us", 10) <> String.pad_leading("mean us", 10)
)

# Every round runs every side once; the samples of a (side, call) pool over the rounds.
results =
  for _round <- 1..rounds, {name, kind, fun} <- sides, {label, samples} <- fun.(), reduce: %{} do
    acc -> Map.update(acc, {kind, name, label}, samples, &(&1 ++ samples))
  end

for {{_kind, name, label}, samples} <- Enum.sort_by(results, fn {{k, n, l}, _} -> {k, l, n} end) do
  {p50, mean} = stats.(samples)

  IO.puts(
    String.pad_trailing(name, 22) <>
      String.pad_trailing(label, 16) <>
      String.pad_leading(:erlang.float_to_binary(p50, decimals: 0), 10) <>
      String.pad_leading(:erlang.float_to_binary(mean, decimals: 0), 10)
  )
end

unless url, do: IO.puts("(no DATABASE_URL: the sql rows need scripts/services/postgres.sh run)")
IO.puts("load average after: #{load.()}")
Services.stop_http(server)
