defmodule Pyex.ScaleTest do
  # Short versions of the load and long-run scripts (bench/scale_load.exs,
  # bench/scale_soak.exs): many processes through the NIF at once with every
  # answer checked while a normal-scheduler process keeps answering, and the TODO
  # app / snapshot churn with no memory growth. Not async: memory and latency are
  # measured with nothing else of the suite running. `mix test --only scale`.
  use ExUnit.Case, async: false

  alias Pyex.Scale.{Load, Soak}

  @moduletag :scale
  @moduletag timeout: 600_000

  test "100 processes × 50 runs at once: every answer right, normal schedulers responsive" do
    {load, _} = Float.parse(Pyex.Scale.Stats.load_average())
    result = Load.run(100, 50)
    assert result.failure_count == 0, inspect(result.failures)
    assert result.ping.n > 0

    # Every dirty scheduler runs Python and the normal ones run the 100 callers;
    # a high-priority process on a normal scheduler keeps answering within 10 ms
    # when the machine has CPU to spare. The OS can still take a scheduler
    # thread away now and then (CI saw one 37 ms stall in a run of 200 ms on an
    # idle machine): such a hiccup is one stall, where a NIF holding a normal
    # scheduler would stall the ping at every run that calls it, and push the
    # median up. So the median must stay under 10 ms and the separate stalls of
    # 10 ms or more be at most three. On an oversubscribed machine (this shared
    # 2-core one often runs at load 15) the OS alone stalls the BEAM's threads
    # for tens of ms, even with nothing of Pyex running: only a gross stall is
    # checked then. bench/scale_load.exs reports p50/p99/max.
    if load < System.schedulers_online() do
      assert result.high_ping.p50 < 10_000, inspect(result.high_ping)
      assert result.high_stalls <= 3, inspect({result.high_stalls, result.high_ping})
    else
      assert result.high_ping.p50 < 50_000, inspect(result.high_ping)
    end
  end

  test "freeing a big context does not hold a normal scheduler" do
    # The owner's exit drops the last reference: the resource destructor runs on
    # the normal scheduler that ends the process. Freeing 600,000 objects there
    # took 30-50 ms; handed to the reaper thread it takes microseconds.
    exits = for _ <- 1..3, do: exit_with_big_context()
    assert Enum.min(exits) < 10_000, inspect(exits)
  end

  defp exit_with_big_context do
    parent = self()

    {owner, monitor} =
      spawn_monitor(fn ->
        {:ok, _, ctx} = Pyex.run("rows = [[i, str(i)] for i in range(300_000)]")
        send(parent, {:objects, Pyex.memory(ctx).objects})
        receive do: (:exit -> :ok)
      end)

    assert_receive {:objects, objects}, 60_000
    assert objects > 600_000
    started = System.monotonic_time(:microsecond)
    send(owner, :exit)
    assert_receive {:DOWN, ^monitor, :process, _, :normal}, 60_000
    System.monotonic_time(:microsecond) - started
  end

  test "the TODO app serves 10^4 requests with flat memory" do
    app = Soak.boot()
    # Warm up (allocator arenas, the app's first collections), then measure.
    Soak.requests(app, 1_000)
    result = Soak.requests(app, 10_000)
    assert result.failures == 0
    [first | _] = result.windows
    last = List.last(result.windows)
    # Objects rise and fall with each collection; the slots are the heap's high-water
    # mark, which a leak (live objects piling up) would push up.
    assert last.heap.slots <= first.heap.slots * 1.1 + 1000, inspect({first.heap, last.heap})
    assert last.rss_kib - first.rss_kib < 16 * 1024, inspect({first.rss_kib, last.rss_kib})
  end

  test "snapshot / restore / fork churn: 2,000 cycles with flat memory" do
    app = Soak.boot()
    Soak.churn(app, 200)
    result = Soak.churn(app, 2_000)
    assert result.failures == 0
    [first | _] = result.windows
    last = List.last(result.windows)
    assert last.rss_kib - first.rss_kib < 16 * 1024, inspect({first.rss_kib, last.rss_kib})
    assert last.beam_kib - first.beam_kib < 16 * 1024, inspect({first.beam_kib, last.beam_kib})
  end
end
