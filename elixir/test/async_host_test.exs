defmodule Pyex.AsyncHostTest do
  use ExUnit.Case, async: true

  @gather """
  import asyncio, api

  async def main():
      return await asyncio.gather(*[api.fetch(i) for i in range(10)])

  print(asyncio.run(main()))
  """

  # Each call records when it started and when it ended: if the ten ran one
  # after another, some call would start only after another had ended.
  defp recording_fetch(log) do
    {:async_builtin,
     fn [i] ->
       started = System.monotonic_time()
       Process.sleep(200)
       Agent.update(log, &[{started, System.monotonic_time()} | &1])
       i * 10
     end}
  end

  test "a gather of ten async host calls has all ten in flight at once" do
    {:ok, log} = Agent.start_link(fn -> [] end)
    modules = %{"api" => %{"fetch" => recording_fetch(log)}}
    {:ok, nil, ctx} = Pyex.run(@gather, modules: modules)
    assert Pyex.output(ctx) == "[0, 10, 20, 30, 40, 50, 60, 70, 80, 90]\n"

    calls = Agent.get(log, & &1)
    assert length(calls) == 10
    last_start = calls |> Enum.map(&elem(&1, 0)) |> Enum.max()
    first_end = calls |> Enum.map(&elem(&1, 1)) |> Enum.min()
    assert last_start < first_end
  end

  test "async and sync host functions mix; errors and timeouts become exceptions" do
    source = """
    import asyncio, api

    async def main():
        print(api.ping())
        results = await asyncio.gather(api.fetch(1), api.fail(), api.slow(), return_exceptions=True)
        print(results)
        try:
            await api.fail()
        except KeyError as e:
            print('caught', e)

    asyncio.run(main())
    """

    modules = %{
      "api" => %{
        "fetch" => {:async_builtin, fn [i] -> i + 1 end},
        "fail" => {:async_builtin, fn [] -> raise KeyError, key: "gone" end},
        "slow" => {:async_builtin, fn [] -> Process.sleep(60_000) end},
        "ping" => {:builtin, fn [] -> "pong" end}
      }
    }

    # The timeout leaves room for the quick calls on a loaded machine (200 ms fired early at load 20).
    {:ok, nil, ctx} = Pyex.run(source, modules: modules, call_timeout: 2_000)

    assert Pyex.output(ctx) ==
             "pong\n[2, KeyError('gone'), TimeoutError('host call timed out after 2000 ms')]\n" <>
               "caught 'gone'\n"
  end

  test "an async host function awaited with no loop running is one plain call" do
    source = """
    import api

    async def main():
        return await api.fetch(4)

    try:
        main().send(None)
    except StopIteration as stop:
        print(stop.value)
    """

    modules = %{"api" => %{"fetch" => {:async_builtin, fn [i] -> i * 10 end}}}
    {:ok, nil, ctx} = Pyex.run(source, modules: modules)
    assert Pyex.output(ctx) == "40\n"
  end
end
