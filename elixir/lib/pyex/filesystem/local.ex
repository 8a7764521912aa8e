defmodule Pyex.Filesystem.Local do
  @moduledoc """
  A host directory as the program's whole filesystem. Every path the program
  uses is resolved and confined to `root`: a `..` that climbs above it, a
  symlink pointing outside it (dangling or not) and a NUL byte are a
  `PermissionError`; an absolute path starts at `root` (as in a chroot), so
  `/etc/passwd` is a `FileNotFoundError`; an over-long name is
  `OSError: [Errno 36] File name too long`. The program's writes land in the
  directory at once; read them back with `read/2` or `File`.

      iex> root = Path.join(System.tmp_dir!(), "pyex-local-doc")
      iex> File.mkdir_p!(root)
      iex> fs = Pyex.Filesystem.Local.new(root)
      iex> Pyex.run("open('note.txt', 'w').write('kept')\\nopen('../x', 'w')", filesystem: fs)
      {:error, "PermissionError: [Errno 13] Permission denied: '../x'"}
      iex> Pyex.Filesystem.Local.read(fs, "note.txt")
      "kept"

  Known gap: a symlink swapped in by another process between the check and the
  use (a race on a directory the host shares) is not guarded against.
  """
  defstruct [:root]

  @type t :: %__MODULE__{root: String.t()}

  @doc "A filesystem showing the directory `root` (which must exist)."
  @spec new(Path.t()) :: t()
  def new(root) do
    root = Path.expand(root)

    unless File.dir?(root) do
      raise ArgumentError, "Pyex.Filesystem.Local: #{inspect(root)} is not a directory"
    end

    %__MODULE__{root: root}
  end

  @doc "The content of `path` (relative to the root), or `nil`."
  @spec read(t(), String.t()) :: binary() | nil
  def read(%__MODULE__{root: root}, path) do
    full = Path.expand(Path.join(root, path))

    with true <- String.starts_with?(full, root <> "/"),
         {:ok, content} <- File.read(full) do
      content
    else
      _ -> nil
    end
  end
end
