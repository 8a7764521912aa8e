# Pyex (through the NIF) against CPython, measured in the same run with plain :timer.tc loops.
#
#   cd elixir && mix run bench/cpython_comparison.exs
#
# Cold: Pyex.run!/1 from the source string vs `python3 -c SOURCE` (process start included).
# Warm: Pyex.run!/1 of a precompiled program vs CPython exec() of a compiled code object
# in one process (stdout captured in a StringIO, as Pyex captures it).

defmodule Bench do
  def measure(n, fun) do
    # One untimed call first (loads, caches).
    fun.()

    times =
      for _ <- 1..n do
        {us, _} = :timer.tc(fun)
        us
      end

    sorted = Enum.sort(times)

    %{
      mean: Enum.sum(times) / n,
      p50: Enum.at(sorted, div(n, 2)),
      p99: Enum.at(sorted, min(n - 1, div(n * 99, 100)))
    }
  end

  def cpython_warm(source, n) do
    script = """
    import io, sys, time
    src = sys.stdin.read()
    code = compile(src, "main.py", "exec")
    times = []
    for _ in range(#{n} + 1):
        out, sys.stdout = sys.stdout, io.StringIO()
        t = time.perf_counter_ns()
        exec(code, {"__name__": "__main__"})
        times.append(time.perf_counter_ns() - t)
        sys.stdout = out
    times = sorted(times[1:])
    print(sum(times) / len(times) / 1000, times[len(times) // 2] / 1000)
    """

    path = Path.join(System.tmp_dir!(), "pyex_bench_src.py")
    File.write!(path, source)

    {out, 0} =
      System.cmd("sh", ["-c", "python3 -c '#{String.replace(script, "'", "'\\''")}' < #{path}"])

    [mean, p50] = out |> String.split() |> Enum.map(&String.to_float/1)
    %{mean: mean, p50: p50}
  end

  def fmt(us) when us >= 1000, do: :io_lib.format("~.2f ms", [us / 1000]) |> to_string()
  def fmt(us), do: :io_lib.format("~.1f us", [us / 1]) |> to_string()
end

here = Path.dirname(__ENV__.file)
# The same programs the Rust benches and the demo use.
fizzbuzz = File.read!(Path.join(here, "../../core/benches/programs/fizzbuzz.py"))
algorithms = File.read!(Path.join(here, "../../conformance/cases/algorithms/algorithms_suite.py"))

IO.puts("| Benchmark | CPython cold | Pyex cold | CPython warm | Pyex warm | warm ratio |")
IO.puts("|---|---|---|---|---|---|")

for {name, source, n_cold, n_warm} <- [
      {"FizzBuzz (100 iterations)", fizzbuzz, 1000, 1000},
      {"Algorithms (algorithms_suite.py, 125 lines)", algorithms, 100, 300}
    ] do
  # Check both interpreters print the same thing before timing anything.
  {:ok, _, ctx} = Pyex.run(source)
  {expected, 0} = System.cmd("python3", ["-c", source])
  if Pyex.output(ctx) != expected, do: raise("#{name}: pyex output differs from python3")

  py_cold = Bench.measure(20, fn -> System.cmd("python3", ["-c", source]) end)
  pyex_cold = Bench.measure(n_cold, fn -> Pyex.run!(source) end)
  {:ok, program} = Pyex.compile(source)
  pyex_warm = Bench.measure(n_warm, fn -> Pyex.run!(program) end)
  py_warm = Bench.cpython_warm(source, n_warm)

  IO.puts(
    "| #{name} | #{Bench.fmt(py_cold.mean)} | #{Bench.fmt(pyex_cold.mean)} (p50 #{Bench.fmt(pyex_cold.p50)}) " <>
      "| #{Bench.fmt(py_warm.mean)} | #{Bench.fmt(pyex_warm.mean)} (p50 #{Bench.fmt(pyex_warm.p50)}) " <>
      "| #{:io_lib.format("~.1fx", [pyex_warm.mean / py_warm.mean])} |"
  )
end

IO.puts("")
IO.puts("| NIF round trip | mean | p50 | p99 |")
IO.puts("|---|---|---|---|")
{:ok, one} = Pyex.compile("1")

for {name, fun} <- [
      {~s|Pyex.run!("1") (source: context + compile + run)|, fn -> Pyex.run!("1") end},
      {~s|Pyex.run!(program) (precompiled "1")|, fn -> Pyex.run!(one) end},
      {"Pyex.compile(\"1\")", fn -> Pyex.compile("1") end}
    ] do
  r = Bench.measure(10_000, fun)
  IO.puts("| #{name} | #{Bench.fmt(r.mean)} | #{Bench.fmt(r.p50)} | #{Bench.fmt(r.p99)} |")
end

modules = %{"m" => %{"inc" => {:builtin, fn [x] -> x + 1 end}}}
{:ok, loop} = Pyex.compile("import m\nn = 0\nfor _ in range(10000):\n    n = m.inc(n)\nn")
r = Bench.measure(5, fn -> 10_000 = Pyex.run!(loop, modules: modules) end)

IO.puts(
  "| 10,000 host calls in a loop (per call) | #{Bench.fmt(r.mean / 10_000)} | #{Bench.fmt(r.p50 / 10_000)} | |"
)
