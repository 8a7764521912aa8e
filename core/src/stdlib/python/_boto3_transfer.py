"""The transfer methods boto3 adds to the S3 client (after boto3/s3/inject.py):
upload_file/download_file go through the Ctx filesystem (`open()`), the *_fileobj forms
through any file-like object. One PutObject/GetObject each: no multipart, the whole
object is in memory."""


CLIENT_METHODS = ['upload_file', 'download_file', 'upload_fileobj', 'download_fileobj']


def _extra(ExtraArgs):
    return dict(ExtraArgs) if ExtraArgs else {}


def upload_file(self, Filename, Bucket, Key, ExtraArgs=None, Callback=None, Config=None):
    """Uploads the file at `Filename` as object `Key` of `Bucket`."""
    with open(Filename, 'rb') as f:
        data = f.read()
    self.put_object(Bucket=Bucket, Key=Key, Body=data, **_extra(ExtraArgs))
    if Callback is not None:
        Callback(len(data))


def download_file(self, Bucket, Key, Filename, ExtraArgs=None, Callback=None, Config=None):
    """Saves object `Key` of `Bucket` to the file `Filename`."""
    data = _download(self, Bucket, Key, ExtraArgs)
    with open(Filename, 'wb') as f:
        f.write(data)
    if Callback is not None:
        Callback(len(data))


def upload_fileobj(self, Fileobj, Bucket, Key, ExtraArgs=None, Callback=None, Config=None):
    """Uploads what `Fileobj.read()` gives (a binary file-like object)."""
    if not hasattr(Fileobj, 'read'):
        raise ValueError('Fileobj must implement read')
    data = Fileobj.read()
    self.put_object(Bucket=Bucket, Key=Key, Body=data, **_extra(ExtraArgs))
    if Callback is not None:
        Callback(len(data))


def download_fileobj(self, Bucket, Key, Fileobj, ExtraArgs=None, Callback=None, Config=None):
    """Writes object `Key` of `Bucket` into `Fileobj` (a binary file-like object)."""
    if not hasattr(Fileobj, 'write'):
        raise ValueError('Fileobj must implement write')
    data = _download(self, Bucket, Key, ExtraArgs)
    Fileobj.write(data)
    if Callback is not None:
        Callback(len(data))


def _download(client, Bucket, Key, ExtraArgs):
    """s3transfer heads the object first: a missing key is HeadObject's 404 ClientError."""
    extra = _extra(ExtraArgs)
    client.head_object(Bucket=Bucket, Key=Key, **extra)
    return client.get_object(Bucket=Bucket, Key=Key, **extra)['Body'].read()
