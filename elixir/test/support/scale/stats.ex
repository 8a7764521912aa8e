defmodule Pyex.Scale.Stats do
  @moduledoc """
  Measurement helpers shared by the scale tests (`test/scale_test.exs`) and the
  long-run scripts (`bench/scale_*.exs`): percentiles, the OS process's resident
  memory, and the load average the figures were taken at.
  """

  @doc "`%{n, p50, p99, max}` of a list of numbers (nil fields for an empty list)."
  @spec summary([number()]) :: %{
          n: non_neg_integer(),
          p50: number() | nil,
          p99: number() | nil,
          max: number() | nil
        }
  def summary([]), do: %{n: 0, p50: nil, p99: nil, max: nil}

  def summary(values) do
    sorted = Enum.sort(values)
    n = length(sorted)
    tuple = List.to_tuple(sorted)
    at = fn q -> elem(tuple, min(n - 1, trunc(q * n))) end
    %{n: n, p50: at.(0.5), p99: at.(0.99), max: elem(tuple, n - 1)}
  end

  @doc """
  How many separate stalls of `threshold` or more a ping's samples show. One
  stall of 37 ms makes about 37 late samples in a row (every tick that fell due
  during it is answered late, each a millisecond less), so counting samples
  would weigh one OS hiccup like a scheduler held all along; a stall here is a
  run of consecutive samples at or over the threshold.
  """
  @spec stalls([number()], number()) :: non_neg_integer()
  def stalls(samples, threshold) do
    {count, _in_stall} =
      Enum.reduce(samples, {0, false}, fn sample, {count, in_stall} ->
        late = sample >= threshold
        {if(late and not in_stall, do: count + 1, else: count), late}
      end)

    count
  end

  @doc "Resident memory of this OS process in KiB (`VmRSS` of /proc/self/status)."
  @spec rss_kib() :: non_neg_integer()
  def rss_kib do
    case Regex.run(~r/VmRSS:\s+(\d+) kB/, File.read!("/proc/self/status")) do
      [_, kib] -> String.to_integer(kib)
      nil -> 0
    end
  end

  @doc "The 1-minute load average (from /proc/loadavg), as a string."
  @spec load_average() :: String.t()
  def load_average do
    case File.read("/proc/loadavg") do
      {:ok, text} -> text |> String.split() |> hd()
      {:error, _} -> "?"
    end
  end

  @doc "Microseconds as milliseconds with two decimals, for tables."
  @spec ms(number() | nil) :: String.t()
  def ms(nil), do: "-"
  def ms(us), do: :erlang.float_to_binary(us / 1000, decimals: 2)
end

defmodule Pyex.Scale.Ping do
  @moduledoc """
  How promptly the BEAM's normal schedulers answer while a load runs.

  A pinger process wakes on a fixed schedule (one tick every `interval` ms, with
  absolute timers) and sends a ping to a responder process, which answers at
  once. A sample is the time from the tick's due time to the answer's arrival:
  if a NIF held a normal scheduler, either the pinger woke late or the answer
  came late, and the sample shows it. `stop/1` returns the samples in µs.
  """

  @doc """
  Starts pinging every `interval_ms` milliseconds; both processes run at
  `priority` (`:normal`: they queue behind every runnable process of the load,
  as any process would; `:high`: only a scheduler held by something that does
  not yield, such as a NIF, or the OS, delays them).
  """
  @spec start(pos_integer(), :normal | :high) :: pid()
  def start(interval_ms \\ 1, priority \\ :normal) do
    responder =
      spawn(fn ->
        Process.flag(:priority, priority)
        respond()
      end)

    spawn(fn ->
      Process.flag(:priority, priority)
      loop(responder, :erlang.monotonic_time(:millisecond), interval_ms, 1, [])
    end)
  end

  @doc "Stops the pinger; its samples (µs from each tick's due time to its answer)."
  @spec stop(pid()) :: [non_neg_integer()]
  def stop(pinger) do
    ref = Process.monitor(pinger)
    send(pinger, {:stop, self()})

    receive do
      {:ping_samples, ^pinger, samples} ->
        Process.demonitor(ref, [:flush])
        samples

      {:DOWN, ^ref, _, _, reason} ->
        raise "pinger exited: #{inspect(reason)}"
    end
  end

  defp respond do
    receive do
      {:ping, from, tick} ->
        send(from, {:pong, tick})
        respond()

      :stop ->
        :ok
    end
  end

  # `start` and the due times are Erlang monotonic milliseconds (what an absolute timer takes).
  defp loop(responder, start, interval_ms, k, samples) do
    due_ms = start + k * interval_ms
    timer = :erlang.start_timer(due_ms, self(), :tick, abs: true)

    receive do
      {:stop, from} ->
        :erlang.cancel_timer(timer)
        send(responder, :stop)
        send(from, {:ping_samples, self(), Enum.reverse(samples)})

      {:timeout, ^timer, :tick} ->
        send(responder, {:ping, self(), k})

        receive do
          {:pong, ^k} -> :ok
        end

        sample = :erlang.monotonic_time(:microsecond) - due_ms * 1000
        loop(responder, start, interval_ms, k + 1, [max(sample, 0) | samples])
    end
  end
end

defmodule Pyex.Scale.LongSchedule do
  @moduledoc """
  The BEAM's own report of a normal scheduler held too long: while started,
  every process (or port) that ran uninterrupted for `threshold_ms` or more is
  recorded (`:erlang.system_monitor/2`'s `long_schedule`): a NIF call on a
  normal scheduler that takes that long is one. The OS preempting a scheduler
  thread while any process runs also counts, so a loaded machine shows some.
  """

  @doc "Starts recording (replaces any other system monitor until `stop/1`)."
  @spec start(pos_integer()) :: {pid(), term()}
  def start(threshold_ms \\ 10) do
    previous = :erlang.system_monitor()
    parent = self()

    recorder =
      spawn(fn ->
        :erlang.system_monitor(self(), [{:long_schedule, threshold_ms}])
        send(parent, {:recording, self()})
        record([])
      end)

    receive do: ({:recording, ^recorder} -> :ok)
    {recorder, previous}
  end

  @doc "Stops recording: `%{count, max_ms, longest}` of the events recorded (`longest`: the three longest as `{ms, in, out}`, where the process was scheduled in and out)."
  @spec stop({pid(), term()}) :: %{
          count: non_neg_integer(),
          max_ms: non_neg_integer(),
          longest: [{non_neg_integer(), term(), term()}]
        }
  def stop({recorder, previous}) do
    send(recorder, {:events, self()})
    events = receive do: ({:long_schedules, ^recorder, events} -> events)

    case previous do
      {pid, options} -> :erlang.system_monitor(pid, options)
      :undefined -> :erlang.system_monitor(:undefined)
    end

    %{
      count: length(events),
      max_ms: events |> Enum.map(& &1[:timeout]) |> Enum.max(fn -> 0 end),
      longest:
        events
        |> Enum.sort_by(& &1[:timeout], :desc)
        |> Enum.take(3)
        |> Enum.map(&{&1[:timeout], &1[:in], &1[:out]})
    }
  end

  defp record(events) do
    receive do
      {:monitor, _who, :long_schedule, info} -> record([info | events])
      {:events, from} -> send(from, {:long_schedules, self(), events})
    end
  end
end
