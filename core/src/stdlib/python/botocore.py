"""botocore: the low-level AWS client library under boto3 (Pyex offers its S3 part; see
botocore.client)."""

if "__path__" not in globals():
    __path__ = []


__version__ = '1.43.11'


def xform_name(name, sep='_'):
    """`ListObjectsV2` -> `list_objects_v2`."""
    from botocore.client import _xform_name
    return _xform_name(name).replace('_', sep)
