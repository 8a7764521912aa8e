defmodule Mix.Tasks.Compile.PyexNif do
  @moduledoc """
  Builds the Rust NIF (`cargo build --release -p pyex-nif` in the repository root,
  honouring `CARGO_TARGET_DIR`) and copies it to `priv/pyex_nif.so`.

  Cargo decides what to rebuild, so running this on every `mix compile` costs a
  fraction of a second when nothing changed.
  """
  use Mix.Task.Compiler

  @impl Mix.Task.Compiler
  def run(_args) do
    root = Path.expand("..", File.cwd!())
    target = System.get_env("CARGO_TARGET_DIR") || Path.join(root, "target")
    cargo = System.get_env("CARGO") || "cargo"

    {_, status} =
      System.cmd(cargo, ["build", "--release", "-q", "-p", "pyex-nif"],
        cd: root,
        into: IO.stream(:stdio, :line),
        stderr_to_stdout: true
      )

    if status != 0, do: Mix.raise("cargo build of the pyex NIF failed (exit #{status})")

    built = Path.join([Path.expand(target, root), "release", "libpyex_nif.so"])
    priv = Path.join(File.cwd!(), "priv")
    File.mkdir_p!(priv)
    dest = Path.join(priv, "pyex_nif.so")

    if stale?(built, dest) do
      # Copy to a temporary name and rename: a loaded .so must not be rewritten in place.
      tmp = dest <> ".tmp"
      File.cp!(built, tmp)
      File.rename!(tmp, dest)
      {:ok, []}
    else
      {:noop, []}
    end
  end

  defp stale?(built, dest) do
    case {File.stat(built, time: :posix), File.stat(dest, time: :posix)} do
      {{:ok, b}, {:ok, d}} -> b.mtime > d.mtime or b.size != d.size
      _ -> true
    end
  end
end
