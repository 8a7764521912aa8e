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
      elixirc_paths: elixirc_paths(Mix.env()),
      deps: [],
      docs: [main: "Pyex"]
    ]
  end

  # test/support holds the load, soak and cluster drivers (compiled to .beam files so
  # that peer nodes started by the cluster tests can load them too).
  defp elixirc_paths(:test), do: ["lib", "test/support"]
  defp elixirc_paths(_), do: ["lib"]

  def application do
    [extra_applications: [:logger, :inets]]
  end
end
