defmodule Pyex.Scale.Soak do
  @moduledoc """
  Long runs: the seed README's TODO app (`examples/todo_app.py`, Memory
  filesystem) serving many requests, and snapshot/restore/fork churn, with
  memory sampled as they go.

  `requests/2` keeps the app's data bounded (10 standing todos; each cycle of
  five requests creates one, reads it, updates it, lists all, deletes it), so
  any growth is a leak, not data. Every answer is checked. The run is cut into
  10 windows: per window, latency p50/p99/max and memory (VmRSS of the OS
  process and the BEAM's own total, the largest of ten samples through the
  window; the app's heap from `Pyex.Lambda.memory/1` at its end).

  `churn/2` repeats: fork a context paused in a generator, snapshot it,
  restore the bytes and resume; every 20th cycle also snapshots the booted
  app, restores the bytes and serves one request from the copy (an app
  snapshot is ~1.7 MB and costs ~100 times more than a context's ~20 KB).
  """

  alias Pyex.Filesystem.Memory
  alias Pyex.Lambda
  alias Pyex.Scale.Stats

  @todo_path Path.expand("../../../../examples/todo_app.py", __DIR__)
  @standing 10
  @app_every 20

  @doc "The TODO app booted with a Memory filesystem and #{@standing} standing todos."
  @spec boot() :: Lambda.t()
  def boot do
    ctx = Pyex.Ctx.new(filesystem: Memory.new())
    {:ok, app} = Lambda.boot(File.read!(@todo_path), ctx: ctx)

    for i <- 1..@standing do
      {:ok, %{status: 200}, _} =
        Lambda.handle(app, %{method: "POST", path: "/todos", body: %{"title" => "standing #{i}"}})
    end

    app
  end

  @doc """
  Serves `count` requests (rounded down to a multiple of 500) from `app`;
  returns `%{requests, failures, windows}` (see `windowed/3`).
  """
  @spec requests(Lambda.t(), pos_integer(), (non_neg_integer(), map() -> any())) :: map()
  def requests(app, count, on_window \\ fn _, _ -> :ok end) do
    cycles = div(count, 5)
    result = windowed(app, cycles, &cycle(app, &1), on_window)
    Map.put(result, :requests, result.rounds * 5)
  end

  @doc """
  Runs `round.(k)` for `k` in `0..rounds - 1` (it returns `{latencies_us, ok?}`),
  cut into 10 windows. Per window: latency percentiles, and memory sampled ten
  times through it (`rss_kib`, `beam_kib`: the largest sample; `heap`: `app`'s
  heap at its end), also given to `on_window.(index, window)` as soon as the
  window ends. Returns `%{rounds, failures, windows}`.
  """
  @spec windowed(
          Lambda.t(),
          pos_integer(),
          (non_neg_integer() -> {[integer()], boolean()}),
          (non_neg_integer(), map() -> any())
        ) :: map()
  def windowed(app, rounds, round, on_window \\ fn _, _ -> :ok end) do
    per_sample = max(div(rounds, 100), 1)

    {windows, failures} =
      Enum.map_reduce(0..9, 0, fn w, failures ->
        {samples, latencies, bad} =
          Enum.reduce(0..9, {[], [], 0}, fn s, acc ->
            first = (w * 10 + s) * per_sample
            sample_part(first..(first + per_sample - 1)//1, round, acc)
          end)

        window = window(latencies, samples, Lambda.memory(app))
        on_window.(w + 1, window)
        {window, failures + bad}
      end)

    %{rounds: per_sample * 100, failures: failures, windows: windows}
  end

  defp sample_part(range, round, {samples, latencies, bad}) do
    {latencies, bad} =
      Enum.reduce(range, {latencies, bad}, fn k, {lat, bad} ->
        {times, ok?} = round.(k)
        {times ++ lat, if(ok?, do: bad, else: bad + 1)}
      end)

    {[{Stats.rss_kib(), div(:erlang.memory(:total), 1024)} | samples], latencies, bad}
  end

  defp window(latencies, samples, heap) do
    %{
      latency: Stats.summary(latencies),
      rss_kib: samples |> Enum.map(&elem(&1, 0)) |> Enum.max(),
      beam_kib: samples |> Enum.map(&elem(&1, 1)) |> Enum.max(),
      heap: heap
    }
  end

  # One create/read/update/list/delete cycle: the five latencies (µs) and whether
  # every answer was the expected one.
  defp cycle(app, k) do
    title = "todo #{k}"

    {t1, {:ok, created, _}} =
      timed(app, %{method: "POST", path: "/todos", body: %{"title" => title}})

    id = created.body["id"]
    {t2, {:ok, read, _}} = timed(app, %{method: "GET", path: "/todos/#{id}"})

    {t3, {:ok, updated, _}} =
      timed(app, %{method: "PUT", path: "/todos/#{id}", body: %{"done" => true}})

    {t4, {:ok, listed, _}} = timed(app, %{method: "GET", path: "/todos"})
    {t5, {:ok, deleted, _}} = timed(app, %{method: "DELETE", path: "/todos/#{id}"})

    ok? =
      created.body == %{"id" => id, "title" => title, "done" => false} and
        read.body == created.body and
        updated.body == %{"id" => id, "title" => title, "done" => true} and
        length(listed.body) == @standing + 1 and List.last(listed.body) == updated.body and
        deleted.body == %{"deleted" => true}

    {[t1, t2, t3, t4, t5], ok?}
  end

  defp timed(app, request), do: :timer.tc(fn -> Lambda.handle(app, request) end)

  @generator """
  import pyex
  def rows():
      live = [{'id': i, 'name': f'row {i}'} for i in range(100)]
      for row in live:
          yield pyex.suspend(row['id'])
  it = rows()
  total = next(it)
  while True:
      total += next(it)
  """

  @doc """
  `cycles` rounds of snapshot/restore/fork churn (rounded down to a multiple of
  100); returns `%{cycles, failures, windows}` as `requests/2` does.
  """
  @spec churn(Lambda.t(), pos_integer(), (non_neg_integer(), map() -> any())) :: map()
  def churn(app, cycles, on_window \\ fn _, _ -> :ok end) do
    snapshot = Lambda.snapshot(app)
    {:suspended, paused} = Pyex.run(@generator)

    result =
      windowed(
        app,
        cycles,
        fn k ->
          {us, ok?} = :timer.tc(fn -> churn_once(app, snapshot, paused, k) end)
          {[us], ok?}
        end,
        on_window
      )

    Map.put(result, :cycles, result.rounds)
  end

  # A fork of a paused context, snapshotted and restored, resumes where the
  # original paused; a copy of the app from bytes answers like the original.
  defp churn_once(app, snapshot, paused, k) do
    {:ok, restored} = paused |> Pyex.snapshot() |> Pyex.restore()
    resumed = Pyex.resume(nil, restored, k)
    match?({:suspended, _}, resumed) and (rem(k, @app_every) != 0 or app_churn(app, snapshot, k))
  end

  defp app_churn(app, snapshot, k) do
    bytes = if rem(k, 2 * @app_every) == 0, do: snapshot, else: Lambda.snapshot(app)
    {:ok, copy} = Lambda.restore(bytes)
    {:ok, %{status: 200, body: listed}, _} = Lambda.handle(copy, %{method: "GET", path: "/todos"})
    length(listed) == @standing
  end
end
