defmodule Pyex.Scale.Load do
  @moduledoc """
  Many BEAM processes running Python through the NIF at once, each checking
  every answer it gets.

  Process `p` does `runs` runs; run `r` is one of five kinds (by `r rem 5`), each
  with inputs that only process `p`'s run `r` uses, so an answer given to the
  wrong caller, or computed from another run's state, fails the check:

    0. source compiled per run: `sum(i * p for i in range(r))`;
    1. one shared compiled program, the input in `os.environ`;
    2. a host call to a function whose closure holds `p` (pause and resume);
    3. a context threaded through the runs (`acc` grows by `r`, and prints);
    4. a suspension snapshotted, restored and resumed with `p`.

  The whole output of kind 3's context is checked at the end.
  `run/3` also keeps two `Pyex.Scale.Ping`s going (normal and high priority)
  and records the BEAM's `Pyex.Scale.LongSchedule` reports while the load runs.
  """

  alias Pyex.Scale.{LongSchedule, Ping, Stats}

  @env_program "import os\nn = int(os.environ['N'])\n(n * n, str(n)[::-1])"

  @doc """
  Runs `processes` × `runs` checked runs; returns `%{runs, failures,
  failure_count, elapsed_us, ping, high_ping, high_stalls, long_schedules}`
  (`failures`: the first 20 wrong answers, as `{p, r, expected, got}`; `ping`
  and `high_ping`: `Pyex.Scale.Stats.summary/1` of the samples of a normal- and
  a high-priority `Pyex.Scale.Ping`, every millisecond; `high_stalls`: how many
  separate times the high-priority ping went 10 ms or more without an answer
  (`Pyex.Scale.Stats.stalls/2`); `long_schedules`:
  `Pyex.Scale.LongSchedule.stop/1`).
  """
  @spec run(pos_integer(), pos_integer(), keyword()) :: map()
  def run(processes, runs, opts \\ []) do
    timeout = Keyword.get(opts, :timeout, 600_000)
    {:ok, program} = Pyex.compile(@env_program)
    parent = self()
    monitor = LongSchedule.start(Keyword.get(opts, :long_schedule_ms, 10))
    pinger = Ping.start(1, :normal)
    high_pinger = Ping.start(1, :high)
    started = System.monotonic_time(:microsecond)

    pids =
      for p <- 1..processes do
        spawn_link(fn -> send(parent, {:load_done, self(), worker(p, runs, program)}) end)
      end

    results =
      for pid <- pids do
        receive do
          {:load_done, ^pid, failures} -> failures
        after
          timeout -> [{:timeout, pid}]
        end
      end

    elapsed = System.monotonic_time(:microsecond) - started
    samples = Ping.stop(pinger)
    high_samples = Ping.stop(high_pinger)
    long_schedules = LongSchedule.stop(monitor)
    failures = results |> List.flatten()

    %{
      runs: processes * runs,
      failures: Enum.take(failures, 20),
      failure_count: length(failures),
      elapsed_us: elapsed,
      ping: Stats.summary(samples),
      high_ping: Stats.summary(high_samples),
      high_stalls: Stats.stalls(high_samples, 10_000),
      long_schedules: long_schedules
    }
  end

  # One process's runs; returns its failures.
  defp worker(p, runs, program) do
    modules = %{"host" => %{"mul" => {:builtin, fn [a] -> a * p end}}}
    {:ok, nil, acc_ctx} = Pyex.run("acc = 0", modules: modules)

    {failures, acc_ctx, printed} =
      Enum.reduce(1..runs, {[], acc_ctx, []}, fn r, {failures, acc_ctx, printed} ->
        {expected, got, acc_ctx, printed} = one(rem(r, 5), p, r, program, acc_ctx, printed)
        failures = if got == expected, do: failures, else: [{p, r, expected, got} | failures]
        {failures, acc_ctx, printed}
      end)

    expected_output = printed |> Enum.reverse() |> Enum.join()
    output = Pyex.output(acc_ctx)

    if output == expected_output,
      do: failures,
      else: [{p, :output, byte_size(expected_output), byte_size(output)} | failures]
  end

  defp one(0, p, r, _program, acc_ctx, printed) do
    got = Pyex.run("sum(i * #{p} for i in range(#{r}))") |> value()
    {div(p * r * (r - 1), 2), got, acc_ctx, printed}
  end

  defp one(1, p, r, program, acc_ctx, printed) do
    n = p * 100_000 + r
    got = Pyex.run(program, env: %{"N" => Integer.to_string(n)}) |> value()
    {{n * n, n |> Integer.to_string() |> String.reverse()}, got, acc_ctx, printed}
  end

  defp one(2, p, r, _program, acc_ctx, printed) do
    got = Pyex.run("import host\nhost.mul(#{r}) + 1", acc_ctx) |> value()
    {r * p + 1, got, acc_ctx, printed}
  end

  defp one(3, p, r, _program, acc_ctx, printed) do
    case Pyex.run("acc = acc + #{r}\nprint('p#{p}', acc)\nacc", acc_ctx) do
      {:ok, got, new_ctx} ->
        expected = sum_of_threes(r)
        {expected, got, new_ctx, ["p#{p} #{expected}\n" | printed]}

      other ->
        {sum_of_threes(r), other, acc_ctx, printed}
    end
  end

  defp one(4, p, r, _program, acc_ctx, printed) do
    got =
      with {:suspended, ctx} <- Pyex.run("import pyex\nx = pyex.suspend()\nx * 1000 + #{r}"),
           {:ok, restored} <- ctx |> Pyex.snapshot() |> Pyex.restore() do
        restored |> then(&Pyex.resume(nil, &1, p)) |> value()
      end

    {p * 1000 + r, got, acc_ctx, printed}
  end

  # The runs of kind 3 up to `r` add their own r: 3, 8, 13, ...
  defp sum_of_threes(r), do: Enum.sum(for k <- 1..r, rem(k, 5) == 3, do: k)

  defp value({:ok, value, _ctx}), do: value
  defp value(other), do: other
end
