defmodule Pyex.ConformanceAsyncTest do
  @moduledoc """
  The recorded async conformance cases (conformance/cases/async, outputs from
  python3) run through the NIF: what each program prints must be CPython's, and
  a case that ends with an uncaught exception must end with CPython's last
  traceback line.
  """
  use ExUnit.Case, async: true

  @dir Path.expand("../../conformance/cases/async", __DIR__)
  @cases @dir |> Path.join("*.py") |> Path.wildcard() |> Enum.sort()

  test "the async cases are there" do
    assert length(@cases) >= 60
  end

  for path <- @cases do
    @path path
    test "async case #{Path.basename(path)}" do
      source = File.read!(@path)
      base = Path.rootname(@path)
      expected_out = File.read!(base <> ".out")

      case File.read(base <> ".err") do
        {:ok, err} when err != "" ->
          last = err |> String.split("\n", trim: true) |> List.last()
          assert {:error, ^last} = Pyex.run(source)

        _ ->
          assert {:ok, _value, ctx} = Pyex.run(source)
          assert Pyex.output(ctx) == expected_out
      end
    end
  end
end
