# The NIF is built by a mix compiler that lives outside lib/ (it must exist before lib/ compiles).
Code.require_file("mix/tasks/compile.pyex_nif.ex", __DIR__)

defmodule Pyex.MixProject do
  use Mix.Project

  def project do
    [
      app: :pyex,
      version: "0.1.0",
      elixir: "~> 1.14",
      start_permanent: Mix.env() == :prod,
      compilers: [:pyex_nif] ++ Mix.compilers(),
      deps: [],
      docs: [main: "Pyex"]
    ]
  end

  def application do
    [extra_applications: [:logger, :inets]]
  end
end
