# Snapshot size and snapshot / restore time through the NIF, for (a) a fresh context,
# (b) a booted web app (hook: PYEX_BENCH_APP=path/to/app.py, a program that boots the
# app; the TODO Lambda app of the `web` work goes here), (c) a program paused inside a
# generator with 10,000 live objects. Run: mix run bench/snapshot.exs

defmodule SnapshotBench do
  def measure(name, ctx, rounds \\ 200) do
    snapshot = Pyex.snapshot(ctx)

    {snap_us, _} = :timer.tc(fn -> for _ <- 1..rounds, do: Pyex.snapshot(ctx) end)

    {restore_us, _} =
      :timer.tc(fn -> for _ <- 1..rounds, do: {:ok, _} = Pyex.restore(snapshot) end)

    IO.puts(
      String.pad_trailing(name, 36) <>
        "size #{byte_size(snapshot)} B, snapshot #{Float.round(snap_us / rounds, 1)} µs, " <>
        "restore #{Float.round(restore_us / rounds, 1)} µs"
    )
  end
end

{:suspended, fresh} = Pyex.run("import pyex\npyex.suspend()")
SnapshotBench.measure("fresh context (paused at once)", fresh)

generator = """
import pyex
def rows():
    live = [{'id': i, 'name': f'row {i}'} for i in range(10000)]
    for row in live:
        yield pyex.suspend(row['id'])
it = rows()
next(it)
"""

{:suspended, paused} = Pyex.run(generator)
SnapshotBench.measure("generator, 10k live objects", paused, 50)

case System.get_env("PYEX_BENCH_APP") do
  nil ->
    IO.puts("booted app: set PYEX_BENCH_APP=path/to/app.py to measure one")

  path ->
    {:ok, _, app} = Pyex.run(File.read!(path))
    SnapshotBench.measure("booted app (#{Path.basename(path)})", app)
end
