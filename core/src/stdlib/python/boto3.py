"""boto3 for S3 (after boto3/__init__.py): `boto3.client("s3", ...)`, `boto3.session.Session`.

Only the `s3` service exists. Every request is an I/O pause performed by the host
(`_pyex_io.s3`), allowed only when the host granted the capability `boto3` and the endpoint;
the credentials come from the program's arguments or else from the host's environment."""

if "__path__" not in globals():
    __path__ = []


from boto3.session import Session

__version__ = '1.43.11'
__author__ = 'Amazon Web Services'

DEFAULT_SESSION = None


def setup_default_session(**kwargs):
    global DEFAULT_SESSION
    DEFAULT_SESSION = Session(**kwargs)


def _get_default_session():
    if DEFAULT_SESSION is None:
        setup_default_session()
    return DEFAULT_SESSION


def client(*args, **kwargs):
    """A low-level client for a service (`s3`)."""
    return _get_default_session().client(*args, **kwargs)


def resource(*args, **kwargs):
    """A resource for a service (`s3`)."""
    return _get_default_session().resource(*args, **kwargs)
