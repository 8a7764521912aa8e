# Snapshot size and snapshot / restore time through the NIF, for (a) a fresh context,
# (b) the seed README's TODO app booted with Pyex.Lambda (examples/todo_app.py;
# PYEX_BENCH_APP=path/to/app.py adds another app), (c) a program paused inside a
# generator with 10,000 live objects. Run: mix run bench/snapshot.exs

defmodule SnapshotBench do
  def measure(name, ctx, rounds \\ 200) do
    measure(name, ctx, rounds, &Pyex.snapshot/1, &Pyex.restore/1)
  end

  def measure_app(name, app, rounds \\ 200) do
    measure(name, app, rounds, &Pyex.Lambda.snapshot/1, &Pyex.Lambda.restore/1)
  end

  defp measure(name, state, rounds, snapshot_fun, restore_fun) do
    snapshot = snapshot_fun.(state)

    {snap_us, _} = :timer.tc(fn -> for _ <- 1..rounds, do: snapshot_fun.(state) end)

    {restore_us, _} =
      :timer.tc(fn -> for _ <- 1..rounds, do: {:ok, _} = restore_fun.(snapshot) end)

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

todo = File.read!(Path.join(__DIR__, "../../examples/todo_app.py"))
{:ok, app} = Pyex.Lambda.boot(todo)
SnapshotBench.measure_app("booted TODO app (Pyex.Lambda)", app)

case System.get_env("PYEX_BENCH_APP") do
  nil ->
    :ok

  path ->
    {:ok, app} = Pyex.Lambda.boot(File.read!(path))
    SnapshotBench.measure_app("booted app (#{Path.basename(path)})", app)
end
