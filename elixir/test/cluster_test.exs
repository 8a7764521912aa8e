defmodule Pyex.ClusterTest do
  # Many BEAM nodes on 127.0.0.1 (OTP's :peer, epmd started if none runs): a run
  # paused on one node resumes on another from its snapshot, a booted Lambda app is
  # served from several nodes, and a node that dies mid-request loses nothing that
  # was snapshotted. The store of snapshots here is an ETS table on the test node;
  # any store works (the README's "Load, long runs and many nodes").
  # `mix test --only cluster` runs just these.
  use ExUnit.Case, async: false

  alias Pyex.Lambda
  alias Pyex.Scale.{Cluster, Remote}

  @moduletag :cluster
  @moduletag timeout: 300_000

  @job """
  import ledger, work
  done = []
  total = 0
  for item in range(1, 9):
      total += work.process(item)
      done.append(item)
      print(f"item {item}: total {total}")
      ledger.checkpoint(item, total)
  {"done": done, "total": total}
  """

  @ledger_app """
  import fastapi
  app = fastapi.FastAPI()
  entries = []

  @app.post("/entries")
  def add_entry(request):
      body = request.json()
      spin = 0
      for i in range(body.get("work", 0)):
          spin += i * i
      entries.append(body["amount"])
      return {"count": len(entries)}

  @app.get("/report")
  def report():
      return {"count": len(entries), "total": sum(entries)}
  """

  setup_all do
    started_epmd? = Cluster.start_distribution()
    peers = Cluster.start_peers(3)

    on_exit(fn ->
      Cluster.stop_peers(peers)
      Cluster.stop_distribution(started_epmd?)
    end)

    %{nodes: Enum.map(peers, &elem(&1, 1))}
  end

  test "a run suspended on node A resumes on node B from its snapshot", %{nodes: [a, b | _]} do
    source = """
    import ledger
    prices = {"apple": 3, "pear": 5}
    basket = ["apple", "pear", "apple"]
    total = sum(prices[name] for name in basket)
    print("total", total)
    approved = ledger.checkpoint(total)
    print("approved" if approved else "rejected")
    (total, approved)
    """

    assert {:suspended, snapshot, [11]} = :erpc.call(a, Remote, :step, [nil, source, nil])
    assert {:done, {11, true}, output} = :erpc.call(b, Remote, :step, [snapshot, source, true])
    assert output == "total 11\napproved\n"
    # The same snapshot resumes again elsewhere (a fork): nothing on A was needed.
    assert {:done, {11, false}, _} = :erpc.call(a, Remote, :step, [snapshot, source, false])
    assert {:done, {11, true}, ^output} = Remote.step(snapshot, source, true)
  end

  test "a Lambda app booted once is snapshotted and served from every node", %{nodes: nodes} do
    {:ok, app} =
      Lambda.boot(File.read!(Path.join(__DIR__, "../../examples/todo_app.py")),
        ctx: Pyex.Ctx.new(filesystem: Pyex.Filesystem.Memory.new())
      )

    for title <- ["milk", "eggs", "bread"] do
      {:ok, %{status: 200}, _} =
        Lambda.handle(app, %{method: "POST", path: "/todos", body: %{"title" => title}})
    end

    {:ok, %{body: local}, _} = Lambda.handle(app, %{method: "GET", path: "/todos"})
    snapshot = Lambda.snapshot(app)
    get = %{method: "GET", path: "/todos"}

    answers = :erpc.multicall(nodes, Remote, :serve, [snapshot, get])
    assert length(answers) == 3

    for {:ok, {200, body, _after}} <- answers do
      assert body == local
      assert Enum.map(body, & &1["title"]) == ["milk", "eggs", "bread"]
    end

    # Each node's copy changes independently of the others and of the original.
    post = %{method: "POST", path: "/todos", body: %{"title" => "only here"}}
    [{:ok, {200, _, changed}} | _] = :erpc.multicall(nodes, Remote, :serve, [snapshot, post])
    [b | _] = tl(nodes)
    assert {200, four, _} = :erpc.call(b, Remote, :serve, [changed, get])
    assert length(four) == 4
    assert {200, ^local, _} = :erpc.call(b, Remote, :serve, [snapshot, get])
  end

  test "a node killed mid-request loses nothing that was snapshotted" do
    peers = Cluster.start_peers(3)
    on_exit(fn -> Cluster.stop_peers(peers) end)
    [{_, doomed}, {stopped_peer, stopped}, {_, survivor}] = peers
    store = :ets.new(:snapshots, [:set, :public])

    # A job checkpointing after each item; `doomed` halts inside the host call
    # for item 5 (mid-run), and the step is retried on the next node from the
    # snapshot taken at item 4.
    :ok = :erpc.call(doomed, :persistent_term, :put, [:pyex_scale_die_at, 5])
    {result, output, failed} = drive_job(store, [doomed, survivor])
    {expected, expected_output, []} = drive_job(:ets.new(:local, [:set]), [node()])
    assert failed == [doomed]
    assert result == expected
    assert output == expected_output
    assert result == %{"done" => Enum.to_list(1..8), "total" => 204}

    # A Lambda app: every answered POST stores the app's snapshot; the node
    # serving a slow POST is stopped mid-request and the POST is retried from the
    # last snapshot on another node: each entry is there exactly once.
    {:ok, app} = Lambda.boot(@ledger_app)
    :ets.insert(store, {:ledger, Lambda.snapshot(app)})

    for amount <- [10, 20, 30] do
      assert {200, %{"count" => _}} = serve(store, stopped, post(amount, 0))
    end

    slow = Task.async(fn -> try_serve(store, stopped, post(40, 20_000_000)) end)
    Process.sleep(300)
    :peer.stop(stopped_peer)
    assert {:error, :node_down} = Task.await(slow, 120_000)
    assert {200, %{"count" => 4}} = serve(store, survivor, post(40, 20_000_000))

    assert {200, %{"count" => 4, "total" => 100}} =
             serve(store, survivor, %{method: "GET", path: "/report"})
  end

  defp post(amount, work),
    do: %{method: "POST", path: "/entries", body: %{"amount" => amount, "work" => work}}

  # One request from the stored snapshot on `node`; the new snapshot is stored.
  defp serve(store, node, request) do
    {:ok, answer} = try_serve(store, node, request)
    answer
  end

  defp try_serve(store, node, request) do
    [{:ledger, snapshot}] = :ets.lookup(store, :ledger)
    {status, body, after_request} = :erpc.call(node, Remote, :serve, [snapshot, request])
    :ets.insert(store, {:ledger, after_request})
    {:ok, {status, body}}
  catch
    :error, {:erpc, :noconnection} -> {:error, :node_down}
  end

  # Runs the job step by step, each step on the next live node (round robin), the
  # snapshot of each checkpoint stored before the next step. Returns the result,
  # the output, and the nodes that failed mid-step.
  defp drive_job(store, nodes), do: drive_job(store, nodes, 0, nil, nil, [])

  defp drive_job(store, nodes, k, snapshot, reply, failed) do
    node = Enum.at(nodes, rem(k, length(nodes)))

    try do
      :erpc.call(node, Remote, :step, [snapshot, @job, reply])
    catch
      :error, {:erpc, :noconnection} -> :node_down
    end
    |> case do
      {:suspended, next, [_item, _total]} ->
        :ets.insert(store, {:job, next})
        drive_job(store, nodes, k + 1, next, true, failed)

      {:done, result, output} ->
        {result, output, Enum.reverse(failed)}

      :node_down ->
        [{:job, last}] = if snapshot, do: :ets.lookup(store, :job), else: [{:job, nil}]
        drive_job(store, List.delete(nodes, node), k, last, reply, [node | failed])
    end
  end
end
