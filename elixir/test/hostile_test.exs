defmodule Pyex.HostileTest do
  @moduledoc """
  The hostile-program corpus (`conformance/hostile/`) through the NIF: each case runs with the
  configuration of its `.expect` sidecar (format: `tests/hostile_case.rs`) and must end with the
  expected error and limit, within twice its time limit, leave the canary file outside the Local
  root untouched, and leave the BEAM able to run the next program.
  """
  use ExUnit.Case, async: false

  @hostile Path.expand("../../conformance/hostile", __DIR__)

  defp load(expect) do
    defaults = %{
      "limit" => "none",
      "time_ms" => "2000",
      "memory" => "#{64 * 1024 * 1024}",
      "recursion_limit" => "1000",
      "fs" => "memory"
    }

    expect
    |> File.read!()
    |> String.split("\n")
    |> Enum.reject(&(String.trim(&1) == "" or String.starts_with?(&1, "#")))
    |> Enum.reduce(defaults, fn line, acc ->
      [key, value] = String.split(line, ":", parts: 2)
      Map.put(acc, String.trim(key), String.trim(value))
    end)
    |> Map.put(
      "name",
      "#{Path.basename(Path.dirname(expect))}/#{Path.basename(expect, ".expect")}"
    )
    |> Map.put("path", Path.rootname(expect) <> ".py")
  end

  defp sandbox(name) do
    base = Path.join(System.tmp_dir!(), "pyex-hostile-ex-#{System.unique_integer([:positive])}")
    # Left behind by an earlier run whose case failed (the integers restart with the VM).
    File.rm_rf!(base)
    root = Path.join(base, "root")
    outside = Path.join(base, "outside")
    File.mkdir_p!(Path.join(root, "sub"))
    File.mkdir_p!(outside)
    canary = Path.join(outside, "canary.txt")
    File.write!(canary, "CANARY: the program must never read or change this (#{name})\n")
    File.write!(Path.join(root, "data.txt"), "inside the sandbox\n")
    File.write!(Path.join(root, "canary_path.txt"), canary)
    File.ln_s!("../outside/canary.txt", Path.join(root, "link_file"))
    File.ln_s!("../outside", Path.join(root, "link_dir"))
    File.ln_s!(canary, Path.join(root, "abs_link"))
    File.ln_s!("/etc", Path.join(root, "sub/etc_link"))
    File.ln_s!("../../outside/new.txt", Path.join(root, "sub/dangling"))
    File.ln!(canary, Path.join(root, "hard_link"))
    {base, root, canary}
  end

  defp state(canary) do
    {File.read!(canary), File.stat!(canary).mtime, File.ls!(Path.dirname(canary)) |> Enum.sort()}
  end

  defp options(hcase, root) do
    fs =
      if hcase["fs"] == "local",
        do: Pyex.Filesystem.Local.new(root),
        else: Pyex.Filesystem.Memory.new(%{"data.txt" => "inside the sandbox\n"})

    [
      timeout: String.to_integer(hcase["time_ms"]),
      memory: String.to_integer(hcase["memory"]),
      recursion_limit: String.to_integer(hcase["recursion_limit"]),
      filesystem: fs
    ] ++
      if(hcase["steps"], do: [max_steps: String.to_integer(hcase["steps"])], else: []) ++
      if hcase["output"], do: [max_output_bytes: String.to_integer(hcase["output"])], else: []
  end

  for expect <- Path.wildcard(Path.join(@hostile, "*/*.expect")) |> Enum.sort() do
    @expect expect
    test "hostile #{Path.basename(Path.dirname(expect))}/#{Path.basename(expect, ".expect")}" do
      hcase = load(@expect)
      {base, root, canary} = sandbox(hcase["name"])
      before = state(canary)
      source = File.read!(hcase["path"])
      {us, result} = :timer.tc(fn -> Pyex.run(source, options(hcase, root)) end)

      {outcome, limit} =
        case result do
          {:ok, _, _} -> {"ok", "none"}
          {:error, text} -> {text, Atom.to_string(Pyex.Error.limit(text) || :none)}
          other -> {inspect(other), "none"}
        end

      assert outcome == hcase["outcome"]
      assert limit == hcase["limit"]
      assert us <= 2 * 1000 * String.to_integer(hcase["time_ms"])
      assert state(canary) == before
      assert Pyex.run!("import json, os\njson.dumps([sum(range(10))]) + os.sep") == "[45]/"
      File.rm_rf!(base)
    end
  end
end
