defmodule Pyex.Test.Services do
  @moduledoc """
  The project's local services (`scripts/services/`) for the ExUnit tests and
  `bench/io_comparison.exs`, started and stopped by the caller, each instance
  its own (as the Rust tests do):

    * S3: `s3s-fs` through `scripts/services/s3.sh start|stop` with a state
      directory of this instance (`PYEX_S3_STATE`), on a free port.
    * HTTP: `scripts/services/http_server.py --watch-stdin` on a free port,
      behind an Erlang port: it exits when the port is closed or its owner
      dies, so a crashed test never leaves it running.
    * PostgreSQL: the one `make test` starts (`scripts/services/postgres.sh
      run`), found through `DATABASE_URL`.

  `required?/0` is whether a missing service is a failure (`PYEX_REQUIRE_SERVICES`,
  set by `make test` and CI) rather than a skipped test.
  """

  @root Path.expand("../../..", __DIR__)
  @s3_script Path.join(@root, "scripts/services/s3.sh")
  @http_script Path.join(@root, "scripts/services/http_server.py")

  @doc "Whether a missing service must fail the tests (`PYEX_REQUIRE_SERVICES` is set)."
  @spec required?() :: boolean()
  def required?, do: System.get_env("PYEX_REQUIRE_SERVICES") not in [nil, ""]

  @doc "The `DATABASE_URL` of the PostgreSQL server `make test` started, or `nil`."
  @spec database_url() :: String.t() | nil
  def database_url, do: System.get_env("DATABASE_URL")

  @doc """
  Whether `s3s-fs` is installed where `s3.sh` looks for it (`PYEX_S3S_ROOT`,
  default `~/.cache/pyex/s3s-fs`); `s3.sh start` installs it when missing,
  which takes minutes, so the tests do that only when services are required.
  """
  @spec s3_installed?() :: boolean()
  def s3_installed? do
    cache = System.get_env("XDG_CACHE_HOME") || Path.join(System.user_home!(), ".cache")
    root = System.get_env("PYEX_S3S_ROOT") || Path.join([cache, "pyex", "s3s-fs"])
    File.exists?(Path.join([root, "bin", "s3s-fs"]))
  end

  @doc """
  Starts an `s3s-fs` of its own: `%{env: %{"AWS_ENDPOINT_URL" => ..., ...},
  state: dir}` (the objects live under `dir/data/<bucket>/<key>`).
  """
  @spec start_s3() :: %{env: %{String.t() => String.t()}, state: String.t()}
  def start_s3 do
    state = Path.join(System.tmp_dir!(), "pyex-s3-exunit-#{System.unique_integer([:positive])}")
    {out, status} = System.cmd(@s3_script, ["start"], env: [{"PYEX_S3_STATE", state}])
    if status != 0, do: raise("scripts/services/s3.sh start failed (exit #{status})")

    env =
      for "export " <> pair <- String.split(out, "\n", trim: true), into: %{} do
        [name, value] = String.split(pair, "=", parts: 2)
        {name, value}
      end

    %{env: env, state: state}
  end

  @doc "Stops the server of `start_s3/0` and deletes its data."
  @spec stop_s3(%{state: String.t()}) :: :ok
  def stop_s3(%{state: state}) do
    System.cmd(@s3_script, ["stop"], env: [{"PYEX_S3_STATE", state}])
    :ok
  end

  @doc """
  Starts `http_server.py` (python3, standard library only) on a free port:
  `{erlang_port, tcp_port}`. The server is owned by the calling process.
  """
  @spec start_http() :: {port(), :inet.port_number()}
  def start_http do
    python = System.find_executable("python3") || raise "python3 is needed for http_server.py"

    port =
      Port.open({:spawn_executable, python}, [
        :binary,
        {:line, 256},
        args: [@http_script, "--watch-stdin"]
      ])

    receive do
      {^port, {:data, {:eol, line}}} -> {port, String.to_integer(String.trim(line))}
    after
      10_000 -> raise "http_server.py did not print its port"
    end
  end

  @doc "Stops the server of `start_http/0` (its stdin closes)."
  @spec stop_http(port()) :: :ok
  def stop_http(port) do
    if Port.info(port), do: Port.close(port)
    :ok
  end
end
