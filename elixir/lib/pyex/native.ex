defmodule Pyex.Native do
  @moduledoc false
  # Stubs of the NIF in bindings/nif (crate pyex-nif), loaded from priv/ by @on_load.
  # Every function that compiles or runs Python, or whose cost grows with what the
  # program made (output, files, snapshots), runs on a dirty CPU scheduler; only
  # O(1) ones (compute time, heap counters) run on the normal schedulers. The
  # exceptions are `ctx_start_quick`, `ctx_resume_quick`, `lambda_boot_quick`,
  # `lambda_handle_quick` and `lambda_next`: they
  # run Python on the caller's normal scheduler for at most 0.5 ms (a dirty
  # scheduler's wake-up costs as much as a short request), then pause as
  # `{:host_calls, ref, []}` for `lambda_boot_resume` / `lambda_resume` to finish on a
  # dirty one. Pyex.Lambda calls the quick ones for small sources and bodies only.

  @on_load :load_nif

  # The sizes the quick NIFs take: a source up to 16 KB compiles in well under a
  # millisecond; a request body or a reply binary up to 64 KB converts as fast.
  # Bigger ones go to the dirty NIFs from the start.
  defguard quick_source?(source) when is_binary(source) and byte_size(source) <= 16_384
  defguard quick_binary?(binary) when is_binary(binary) and byte_size(binary) <= 65_536

  def load_nif do
    path = :filename.join(:code.priv_dir(:pyex), ~c"pyex_nif")
    # The NIF builds MapSets itself: an empty one shows it this Elixir's struct shape.
    :erlang.load_nif(path, MapSet.new())
  end

  def program_compile(_source, _filename), do: :erlang.nif_error(:nif_not_loaded)
  def program_to_binary(_program), do: :erlang.nif_error(:nif_not_loaded)
  def program_from_binary(_binary), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_start(_options, _code, _filename), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_start_quick(_options, _code, _filename), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_run(_ctx, _code, _filename, _fork), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_resume(_ctx, _reply), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_resume_quick(_ctx, _reply), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_resume_many(_ctx, _replies), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_fork(_ctx), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_perform_io(_ctx, _id), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_pending(_ctx), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_output(_ctx), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_compute_us(_ctx), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_files(_ctx), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_memory(_ctx), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_snapshot(_ctx), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_restore(_binary), do: :erlang.nif_error(:nif_not_loaded)
  def ctx_profile(_ctx), do: :erlang.nif_error(:nif_not_loaded)
  def debug_panic, do: :erlang.nif_error(:nif_not_loaded)
  def lambda_boot(_options, _source), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_boot_quick(_options, _source), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_boot_resume(_boot, _replies), do: :erlang.nif_error(:nif_not_loaded)

  def lambda_handle(_app, _method, _path, _headers, _body, _stream),
    do: :erlang.nif_error(:nif_not_loaded)

  def lambda_handle_quick(_app, _method, _path, _headers, _body, _stream),
    do: :erlang.nif_error(:nif_not_loaded)

  def lambda_next(_app, _stream), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_resume(_app, _replies, _chunk), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_perform_io(_app, _id), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_close(_app, _stream), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_output(_app), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_memory(_app), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_snapshot(_app), do: :erlang.nif_error(:nif_not_loaded)
  def lambda_restore(_bytes), do: :erlang.nif_error(:nif_not_loaded)
end
