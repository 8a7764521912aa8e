# Concurrency through the NIF (issue 13, "Load, long runs, scale"): PROCESSES BEAM
# processes × RUNS runs each at once, every answer checked (five kinds of run, inputs
# unique to each process and run: test/support/scale/load.ex), while a process on a
# normal scheduler is pinged every millisecond. Prints the runs/s and the ping latency.
#
#   cd elixir && nice -n 10 mix run bench/scale_load.exs            # 100 × 1000
#   PROCESSES=100 RUNS=50 mix run bench/scale_load.exs               # the CI size
#
# The BEAM's flags are printed with the figures. On a machine shared with other work, run
# with ELIXIR_ERL_OPTIONS="+sbwt none" (normal schedulers do not busy-wait): the README's
# figures say which flags each row used.

for {module, file} <- [{Pyex.Scale.Stats, "stats"}, {Pyex.Scale.Load, "load"}],
    not Code.ensure_loaded?(module) do
  Code.require_file("../test/support/scale/#{file}.ex", __DIR__)
end

alias Pyex.Scale.{Load, Stats}

processes = String.to_integer(System.get_env("PROCESSES", "100"))
runs = String.to_integer(System.get_env("RUNS", "1000"))
load_before = Stats.load_average()
# The machine's own noise first: the same pings with nothing running.
idle = Pyex.Scale.Ping.start()
Process.sleep(3000)
idle = Stats.summary(Pyex.Scale.Ping.stop(idle))
result = Load.run(processes, runs)

IO.puts("""
#{processes} processes × #{runs} runs: #{result.runs} runs in #{Stats.ms(result.elapsed_us)} ms \
(#{round(result.runs / (result.elapsed_us / 1_000_000))} runs/s), \
#{result.failure_count} wrong answers
ping every 1 ms, normal priority (#{result.ping.n} samples): \
p50 #{Stats.ms(result.ping.p50)} ms, p99 #{Stats.ms(result.ping.p99)} ms, max #{Stats.ms(result.ping.max)} ms
ping every 1 ms, high priority (#{result.high_ping.n} samples): \
p50 #{Stats.ms(result.high_ping.p50)} ms, p99 #{Stats.ms(result.high_ping.p99)} ms, max #{Stats.ms(result.high_ping.max)} ms, \
#{result.high_stalls} separate stalls of 10 ms or more
long_schedule reports (a process holding a normal scheduler >= 10 ms): \
#{result.long_schedules.count}, longest #{result.long_schedules.max_ms} ms \
#{inspect(result.long_schedules.longest)}
idle machine, same ping for 3 s: p50 #{Stats.ms(idle.p50)} ms, p99 #{Stats.ms(idle.p99)} ms, max #{Stats.ms(idle.max)} ms
schedulers: #{System.schedulers_online()} normal, #{:erlang.system_info(:dirty_cpu_schedulers_online)} dirty CPU \
(ELIXIR_ERL_OPTIONS=#{inspect(System.get_env("ELIXIR_ERL_OPTIONS", ""))}); \
load average #{load_before} before, #{Stats.load_average()} after\
""")

if result.failure_count > 0 do
  IO.inspect(result.failures, label: "first failures")
  System.halt(1)
end
