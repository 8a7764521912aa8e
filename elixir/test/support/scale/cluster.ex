defmodule Pyex.Scale.Cluster do
  @moduledoc """
  Erlang nodes on 127.0.0.1 for the many-nodes tests (`test/cluster_test.exs`):
  distribution for the test node (starting epmd when none runs, and stopping it
  again when it started it), and peer nodes (OTP's `:peer`) that load this
  project's code, so `Pyex` and `Pyex.Scale.Remote` run on them.
  """

  @doc """
  Makes this node distributed (a unique long name on 127.0.0.1). Returns
  whether it started epmd (pass it to `stop_distribution/1`).
  """
  @spec start_distribution() :: boolean()
  def start_distribution do
    started_epmd? = ensure_epmd()

    unless Node.alive?() do
      name = :"pyex_scale_#{System.pid()}_#{System.unique_integer([:positive])}@127.0.0.1"
      {:ok, _} = Node.start(name, :longnames)
    end

    started_epmd?
  end

  @doc "Stops distribution, and epmd when `start_distribution/0` started it."
  @spec stop_distribution(boolean()) :: :ok
  def stop_distribution(started_epmd?) do
    Node.stop()
    # epmd refuses to stop while any node (another user's) is registered.
    if started_epmd?, do: System.cmd(epmd(), ["-kill"], stderr_to_stdout: true)
    :ok
  end

  @doc """
  Starts `count` peer nodes with this node's code paths and the `:pyex`
  application: `[{peer, node}]`. Not linked: a peer that halts (as the tests
  make one do) must not take the caller with it; `stop_peers/1` stops them.
  """
  @spec start_peers(pos_integer()) :: [{pid(), node()}]
  def start_peers(count) do
    cookie = Atom.to_charlist(Node.get_cookie())
    tag = System.unique_integer([:positive])

    for i <- 1..count do
      {:ok, peer, node} =
        :peer.start(%{
          name: :"pyex_peer_#{tag}_#{i}",
          host: ~c"127.0.0.1",
          longnames: true,
          # Peers talk to this node only: no mesh among them (and no `global`
          # partition warnings when one of them is killed).
          args: [~c"-setcookie", cookie, ~c"-connect_all", ~c"false"]
        })

      :ok = :erpc.call(node, :code, :add_paths, [:code.get_path()])
      {:ok, _} = :erpc.call(node, Application, :ensure_all_started, [:pyex])
      {peer, node}
    end
  end

  @doc "Stops the peers still running (a halted one is already gone)."
  @spec stop_peers([{pid(), node()}]) :: :ok
  def stop_peers(peers) do
    for {peer, _node} <- peers, Process.alive?(peer) do
      try do
        :peer.stop(peer)
      catch
        :exit, _ -> :ok
      end
    end

    :ok
  end

  defp ensure_epmd do
    case System.cmd(epmd(), ["-names"], stderr_to_stdout: true) do
      {_, 0} ->
        false

      _ ->
        {_, 0} = System.cmd(epmd(), ["-daemon"], stderr_to_stdout: true)
        wait_for_epmd(50)
        true
    end
  end

  defp wait_for_epmd(0), do: raise("epmd did not start")

  defp wait_for_epmd(tries) do
    case System.cmd(epmd(), ["-names"], stderr_to_stdout: true) do
      {_, 0} ->
        :ok

      _ ->
        Process.sleep(100)
        wait_for_epmd(tries - 1)
    end
  end

  defp epmd do
    System.find_executable("epmd") ||
      Path.wildcard(Path.join(:code.root_dir(), "erts-*/bin/epmd")) |> List.first() ||
      raise "epmd not found"
  end
end

defmodule Pyex.Scale.Remote do
  @moduledoc """
  What the cluster tests run on a peer node (by `:erpc`): every call takes a
  snapshot and gives one back, so the node holds nothing a retry would need.
  """

  alias Pyex.Lambda

  @doc """
  Restores `snapshot` (nil: starts `source`) and runs until the next
  suspension: `{:suspended, snapshot, args}` or `{:done, value, output}`.
  `reply` is what the pending suspension returns. The module `work` has one
  function, `process(item)`, which halts this node when `item` equals the
  `:pyex_scale_die_at` persistent term (a node dying mid-request).
  """
  @spec step(binary() | nil, String.t(), term()) :: tuple()
  def step(nil, source, _reply), do: finish(Pyex.run(source, options()))

  def step(snapshot, _source, reply) do
    {:ok, ctx} = Pyex.restore(snapshot, options())
    finish(Pyex.resume(nil, ctx, reply))
  end

  defp options do
    [
      modules: %{
        "ledger" => %{"checkpoint" => :suspend},
        "work" => %{"process" => {:builtin, &process/1}}
      }
    ]
  end

  defp process([item]) do
    if item == :persistent_term.get(:pyex_scale_die_at, nil), do: System.halt(1)
    item * item
  end

  defp finish({:suspended, ctx}) do
    {_module, _function, args} = ctx.suspended
    {:suspended, Pyex.snapshot(ctx), args}
  end

  defp finish({:ok, value, ctx}), do: {:done, value, Pyex.output(ctx)}
  defp finish({:error, message}), do: {:error, message}

  @doc """
  Restores a Lambda app from `snapshot`, handles `request`, and returns
  `{status, body, snapshot_after}`: a stateless server step.
  """
  @spec serve(binary(), map()) :: {integer(), term(), binary()}
  def serve(snapshot, request) do
    {:ok, app} = Lambda.restore(snapshot)
    {:ok, response, app} = Lambda.handle(app, request)
    {response.status, response.body, Lambda.snapshot(app)}
  end

  @doc "The node this runs on (to show which node answered)."
  @spec where() :: node()
  def where, do: node()
end
