defmodule Pyex.Lambda.Json do
  @moduledoc false
  # A small JSON encoder for request bodies given as Elixir terms (the project
  # has no dependencies; Elixir's own JSON module arrives in 1.18).

  @spec encode(term()) :: binary()
  def encode(term), do: term |> enc() |> IO.iodata_to_binary()

  defp enc(nil), do: "null"
  defp enc(true), do: "true"
  defp enc(false), do: "false"
  defp enc(n) when is_integer(n), do: Integer.to_string(n)
  defp enc(f) when is_float(f), do: Float.to_string(f)
  defp enc(a) when is_atom(a), do: enc(Atom.to_string(a))
  defp enc(s) when is_binary(s), do: [?", escape(s), ?"]
  defp enc(list) when is_list(list), do: [?[, Enum.map_intersperse(list, ?,, &enc/1), ?]]

  defp enc(map) when is_map(map) do
    pairs = Enum.map_intersperse(map, ?,, fn {k, v} -> [enc(to_string(k)), ?:, enc(v)] end)
    [?{, pairs, ?}]
  end

  defp escape(s) do
    for <<c::utf8 <- s>>, into: "" do
      case c do
        ?" -> "\\\""
        ?\\ -> "\\\\"
        ?\n -> "\\n"
        ?\r -> "\\r"
        ?\t -> "\\t"
        c when c < 0x20 -> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0")
        c -> <<c::utf8>>
      end
    end
  end
end
