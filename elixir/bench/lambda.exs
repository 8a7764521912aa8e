# Pyex.Lambda (through the NIF), the seed README's "HTTP handlers" table, with plain
# :timer.tc loops: cold boot of a blog app (the web conformance case blog.py:
# compile + execute routes, fastapi and pydantic imported), GET requests answered
# with JSON and with HTML, and a POST validated by a pydantic model.
#
#   cd elixir && mix run bench/lambda.exs

defmodule LambdaBench do
  def measure(n, fun) do
    fun.()

    times =
      for _ <- 1..n do
        {us, _} = :timer.tc(fun)
        us
      end

    sorted = Enum.sort(times)

    %{
      avg: Enum.sum(times) / n,
      p50: Enum.at(sorted, div(n, 2)),
      p99: Enum.at(sorted, min(n - 1, div(n * 99, 100)))
    }
  end

  def row(name, %{avg: avg, p50: p50, p99: p99}) do
    IO.puts("| #{name} | #{round(avg)} us | #{p50} us | #{p99} us |")
  end
end

source = File.read!(Path.join(__DIR__, "../../conformance/web/cases/blog.py"))
{:ok, app} = Pyex.Lambda.boot(source)

for i <- 0..4 do
  body = %{"title" => "Post number #{i}", "body" => "Text #{i}", "tags" => ["t#{i}", "all"]}

  {:ok, %{status: 201}, _} =
    Pyex.Lambda.handle(app, %{method: "POST", path: "/posts", body: body})
end

IO.puts("| Benchmark | avg | p50 | p99 |\n|---|---|---|---|")

LambdaBench.row(
  "Cold boot (compile + execute routes)",
  LambdaBench.measure(100, fn -> {:ok, _} = Pyex.Lambda.boot(source) end)
)

LambdaBench.row(
  "GET /posts (JSON list, decoded to terms)",
  LambdaBench.measure(1000, fn ->
    {:ok, %{status: 200}, _} = Pyex.Lambda.handle(app, %{method: "GET", path: "/posts"})
  end)
)

LambdaBench.row(
  "GET /posts/:slug (HTML)",
  LambdaBench.measure(1000, fn ->
    {:ok, %{status: 200}, _} =
      Pyex.Lambda.handle(app, %{method: "GET", path: "/posts/post-number-3"})
  end)
)

LambdaBench.row(
  "POST /posts (pydantic body)",
  LambdaBench.measure(1000, fn ->
    {:ok, %{status: 409}, _} =
      Pyex.Lambda.handle(app, %{
        method: "POST",
        path: "/posts",
        body: %{"title" => "Post number 1", "body" => "x"}
      })
  end)
)

# The seed's own rows: the blog whose pages are Jinja2 templates and Python-Markdown posts
# (conformance/web/cases/blog_pages.py, the app core/benches/lambda.rs measures too).
pages = File.read!(Path.join(__DIR__, "../../conformance/web/cases/blog_pages.py"))
{:ok, pages_app} = Pyex.Lambda.boot(pages)

# Five posts with the markdown body core/examples/time_lambda.rs posts (headings, emphasis, a
# list, a table, fenced code, a quote with a link).
markdown = """
# Getting started

Pyex runs **Python** inside your *host*. It has:

- a parser
- an evaluator with `frames`
- snapshots

| Feature | State |
|---------|-------|
| run | done |
| snapshot | done |

```python
def hello(name):
    return f"hi {name}"
```

> Quoted with a [link](https://example.com).
"""

for i <- 0..4 do
  body = %{"title" => "Post number #{i}", "body" => markdown, "tags" => ["t#{i}", "all"]}

  {:ok, %{status: 201}, _} =
    Pyex.Lambda.handle(pages_app, %{method: "POST", path: "/posts", body: body})
end

LambdaBench.row(
  "Cold boot, Jinja2 + markdown blog",
  LambdaBench.measure(100, fn -> {:ok, _} = Pyex.Lambda.boot(pages) end)
)

LambdaBench.row(
  "GET /posts (Jinja2 template render)",
  LambdaBench.measure(1000, fn ->
    {:ok, %{status: 200}, _} = Pyex.Lambda.handle(pages_app, %{method: "GET", path: "/posts"})
  end)
)

LambdaBench.row(
  "GET /posts/:slug (markdown + Jinja2)",
  LambdaBench.measure(1000, fn ->
    {:ok, %{status: 200}, _} =
      Pyex.Lambda.handle(pages_app, %{method: "GET", path: "/posts/post-number-3"})
  end)
)
