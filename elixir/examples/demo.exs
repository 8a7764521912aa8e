# A tour of the Elixir API: run it with `cd elixir && mix run examples/demo.exs`.
#
# An "LLM-written" Python program reads orders from the in-memory filesystem,
# prices them through a custom module backed by Elixir, writes a report file,
# and asks a (simulated) human for approval by suspending itself.

source = ~S"""
import json
import pricing
import pyex

with open("orders.json") as f:
    orders = json.load(f)

totals = {}
for order in orders:
    try:
        price = pricing.quote(order["sku"], qty=order["qty"])
    except KeyError as e:
        print(f"skipping {order['sku']}: unknown sku {e}")
        continue
    totals[order["customer"]] = totals.get(order["customer"], 0) + price

by_count = {}
for o in orders:
    by_count[o["customer"]] = by_count.get(o["customer"], 0) + 1
report = [f"{name}: {total:.2f} ({by_count[name]} orders)" for name, total in sorted(totals.items())]
with open("report.txt", "w") as f:
    f.write("\n".join(report) + "\n")
print("\n".join(report))

approved = pyex.suspend({"grand_total": round(sum(totals.values()), 2)})
print("approved" if approved else "rejected")
{"approved": approved, "customers": set(totals), "grand_total": sum(totals.values())}
"""

orders = [
  %{"customer" => "ada", "sku" => "A-1", "qty" => 2},
  %{"customer" => "bob", "sku" => "B-2", "qty" => 1},
  %{"customer" => "ada", "sku" => "B-2", "qty" => 3},
  %{"customer" => "cy", "sku" => "ZZZ", "qty" => 1}
]

prices = %{"A-1" => 9.5, "B-2" => 4.25}

modules = %{
  "pricing" => %{
    "quote" =>
      {:builtin,
       fn [sku], %{"qty" => qty} ->
         # Map.fetch!/2 raises KeyError, which the Python program catches as KeyError.
         Map.fetch!(prices, sku) * qty
       end}
  }
}

# Elixir 1.14 has no JSON module: let Python write the orders file into a fresh filesystem.
{:ok, _, seeded} =
  Pyex.run("import json, host\nopen('orders.json', 'w').write(json.dumps(host.orders()))",
    modules: %{"host" => %{"orders" => {:builtin, fn [] -> orders end}}},
    filesystem: Pyex.Filesystem.Memory.new()
  )

ctx = Pyex.Ctx.new(modules: modules, filesystem: Pyex.Ctx.filesystem(seeded), timeout: 2_000)

IO.puts("== run until the program asks for approval")
{:suspended, ctx} = Pyex.run(source, ctx)
IO.write(Pyex.output(ctx))
{"pyex", "suspend", [request]} = ctx.suspended
IO.puts("-> program asks: #{inspect(request)}")

IO.puts("\n== snapshot (#{byte_size(Pyex.snapshot(ctx))} bytes), then resume with approval")
{:ok, result, done} = Pyex.resume(source, ctx, true)
IO.puts(Pyex.output(done) |> String.split("\n") |> Enum.at(-2))
IO.puts("-> result: #{inspect(result)}")

IO.puts(
  "-> report.txt: #{inspect(Pyex.Filesystem.Memory.read(Pyex.Ctx.filesystem(done), "report.txt"))}"
)

IO.puts("\n== errors come back as CPython's \"Type: message\"")
IO.inspect(Pyex.run("{'a': 1}['b']"))
IO.inspect(Pyex.run("while True: pass", timeout: 100))

IO.puts("\n== compile once, run many")
{:ok, program} = Pyex.compile("import os\nint(os.environ['N']) ** 2")
IO.inspect(for n <- 1..5, do: Pyex.run!(program, env: %{"N" => n}))
