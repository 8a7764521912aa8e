# Long runs (issue 13): the seed README's TODO app (examples/todo_app.py, Memory
# filesystem) serving REQUESTS requests, then CYCLES rounds of snapshot / restore /
# fork churn, each answer checked (test/support/scale/soak.ex). Prints, per tenth of
# each run, latency p50/p99/max and memory at its end: VmRSS of this OS process, the
# BEAM's own total, and the app's heap (Pyex.Lambda.memory/1: objects, bytes, slots).
#
#   cd elixir && nice -n 10 mix run bench/scale_soak.exs       # 10^6 requests, 10^5 cycles
#   REQUESTS=10000 CYCLES=2000 mix run bench/scale_soak.exs     # a quick look
#   REQUESTS=0 mix run bench/scale_soak.exs                     # only the churn (0 skips a part)
#
# The BEAM's flags are printed with the figures. On a machine shared with other work, run
# with ELIXIR_ERL_OPTIONS="+sbwt none" (normal schedulers do not busy-wait): the README's
# figures say which flags each row used.

for {module, file} <- [{Pyex.Scale.Stats, "stats"}, {Pyex.Scale.Soak, "soak"}],
    not Code.ensure_loaded?(module) do
  Code.require_file("../test/support/scale/#{file}.ex", __DIR__)
end

alias Pyex.Scale.{Soak, Stats}

defmodule SoakReport do
  # The table's head; each row is printed as its tenth of the run ends.
  def head(title, unit) do
    IO.puts("\n#{title}")

    IO.puts(
      "| tenth | #{unit} p50 | p99 | max | VmRSS | BEAM total | heap objects | heap bytes | heap slots |"
    )

    IO.puts("|---|---|---|---|---|---|---|---|---|")
  end

  def row(i, w) do
    l = w.latency

    IO.puts(
      "| #{i} | #{Stats.ms(l.p50)} ms | #{Stats.ms(l.p99)} ms | #{Stats.ms(l.max)} ms | " <>
        "#{mib(w.rss_kib)} | #{mib(w.beam_kib)} | #{w.heap.objects} | #{w.heap.bytes} | #{w.heap.slots} |"
    )
  end

  def mib(kib), do: "#{:erlang.float_to_binary(kib / 1024, decimals: 1)} MiB"
end

requests = String.to_integer(System.get_env("REQUESTS", "1000000"))
cycles = String.to_integer(System.get_env("CYCLES", "100000"))

IO.puts(
  "load average at start: #{Stats.load_average()}; ELIXIR_ERL_OPTIONS=" <>
    inspect(System.get_env("ELIXIR_ERL_OPTIONS", ""))
)

app = Soak.boot()

failures =
  if requests > 0 do
    SoakReport.head("TODO app, #{requests} requests (latency per request)", "request")
    {us, result} = :timer.tc(fn -> Soak.requests(app, requests, &SoakReport.row/2) end)

    IO.puts(
      "#{result.failures} failed cycles; #{Stats.ms(us)} ms in all; load average #{Stats.load_average()}"
    )

    result.failures
  else
    0
  end

failures =
  if cycles > 0 do
    SoakReport.head("snapshot / restore / fork churn, #{cycles} cycles (time per cycle)", "cycle")
    {us, churn} = :timer.tc(fn -> Soak.churn(app, cycles, &SoakReport.row/2) end)

    IO.puts(
      "#{churn.failures} failed cycles; #{Stats.ms(us)} ms in all; load average #{Stats.load_average()}"
    )

    failures + churn.failures
  else
    failures
  end

if failures > 0, do: System.halt(1)
