"""botocore.errorfactory: the modeled error classes of `client.exceptions` (`NoSuchKey`,
`NoSuchBucket`, ...), subclasses of ClientError made once per run."""

from _botocore_model import ERRORS
from botocore.exceptions import ClientError


class BaseClientExceptions:
    ClientError = ClientError

    def __init__(self, code_to_exception):
        self._code_to_exception = code_to_exception

    def from_code(self, error_code):
        """The class raised for `error_code` (ClientError when the model has none)."""
        return self._code_to_exception.get(error_code, self.ClientError)

    def __getattr__(self, name):
        exception_cls_names = [
            exception_cls.__name__ for exception_cls in self._code_to_exception.values()
        ]
        raise AttributeError(
            f"{self} object has no attribute {name}. "
            f"Valid exceptions are: {', '.join(exception_cls_names)}"
        )


def _make_classes():
    classes = {}
    for name in ERRORS:
        classes[name] = type(name, (ClientError,), {'__module__': 'botocore.errorfactory'})
    return classes


_CODE_TO_EXCEPTION = _make_classes()
S3Exceptions = type('S3Exceptions', (BaseClientExceptions,), dict(_CODE_TO_EXCEPTION))
S3Exceptions.__module__ = 'botocore.errorfactory'


def client_exceptions():
    """The `client.exceptions` object: the same classes for every S3 client of a run."""
    return S3Exceptions(_CODE_TO_EXCEPTION)
