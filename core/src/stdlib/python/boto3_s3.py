"""boto3.s3: S3 helpers (see boto3.s3.transfer)."""

if "__path__" not in globals():
    __path__ = []

