defmodule Pyex.Filesystem.S3 do
  @moduledoc """
  An S3 bucket (under a key prefix) as the program's filesystem: `open()`,
  `os`, `os.path`, `pathlib` and `shutil` read and write objects, so
  `open("todos.json", "w")` in a Lambda app persists to
  `s3://bucket/prefix/todos.json`.

      fs = Pyex.Filesystem.S3.new("app-data", prefix: "tenants/42/")
      Pyex.run(source, filesystem: fs, env: %{"AWS_ENDPOINT_URL" => ..., ...})

  The core never blocks on the network: opening a file for reading fetches
  the object (GetObject) through an I/O pause, which the NIF performs on a
  dirty I/O scheduler; a file opened for writing is uploaded (PutObject) when
  it is flushed or closed (a file never closed is not uploaded). Directories
  are implicit, as in S3. The program cannot leave the prefix (`..` stops at
  its root) nor name another bucket.

  `options` (all optional) say how to reach S3: `:endpoint_url`, `:region`,
  `:access_key_id`, `:secret_access_key`. Those not given come from the
  run's `env` (`AWS_ENDPOINT_URL`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`,
  `AWS_SECRET_ACCESS_KEY`); without an endpoint, AWS itself. The filesystem
  needs no capability (the host chose it); `boto3` in the same program still
  needs `capabilities: [:boto3]`.

  A snapshot of a context keeps this configuration, not the objects.
  """
  defstruct bucket: nil, prefix: "", options: []

  @type t :: %__MODULE__{bucket: String.t(), prefix: String.t(), options: keyword()}

  @option_keys [:endpoint_url, :region, :access_key_id, :secret_access_key]

  @doc """
  The filesystem over `bucket`, under `opts[:prefix]` (default: the whole
  bucket); the other `opts` are the connection options above.
  """
  @spec new(String.t(), keyword()) :: t()
  def new(bucket, opts \\ []) when is_binary(bucket) do
    {prefix, options} = Keyword.pop(opts, :prefix, "")
    check!(%__MODULE__{bucket: bucket, prefix: prefix, options: options})
  end

  @doc false
  # The native option map (`filesystem: :s3`).
  @spec native(t()) :: map()
  def native(%__MODULE__{} = fs) do
    fs = check!(fs)
    options = Map.new(fs.options)

    %{
      bucket: fs.bucket,
      prefix: fs.prefix || "",
      endpoint_url: options[:endpoint_url],
      region: options[:region],
      access_key_id: options[:access_key_id],
      secret_access_key: options[:secret_access_key]
    }
  end

  defp check!(%__MODULE__{bucket: bucket, prefix: prefix, options: options} = fs) do
    unless is_binary(bucket) and bucket != "" do
      raise ArgumentError, "Pyex.Filesystem.S3: bucket must be a non-empty string"
    end

    unless is_binary(prefix) or is_nil(prefix) do
      raise ArgumentError, "Pyex.Filesystem.S3: prefix must be a string"
    end

    for {key, value} <- options do
      unless key in @option_keys and (is_binary(value) or is_nil(value)) do
        raise ArgumentError,
              "Pyex.Filesystem.S3: unknown or mistyped option #{inspect(key)} " <>
                "(expected #{inspect(@option_keys)} with string values)"
      end
    end

    fs
  end
end
