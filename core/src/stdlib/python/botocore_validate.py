"""botocore.validate: parameters checked against the operation's input shape before anything
is sent, with botocore's ParamValidationError report lines (after botocore/validate.py)."""

import datetime as _datetime
import decimal as _decimal
import re as _re

from _botocore_model import SHAPES
from botocore.exceptions import ParamValidationError

SCALAR_TYPES = {
    'float': (float, _decimal.Decimal, int),
    'double': (float, _decimal.Decimal, int),
    'integer': (int,),
    'long': (int,),
    'boolean': (bool,),
    'string': (str,),
}
CONTAINER_TYPES = {
    'structure': (dict,),
    'map': (dict,),
    'list': (list, tuple),
}

VALID_BUCKET = _re.compile(r'^[a-zA-Z0-9.\-_]{1,255}$')
_ACCESSPOINT_ARN = (
    r'^arn:(aws).*:(s3|s3-object-lambda):[a-z\-0-9]*:[0-9]{12}:accesspoint[/:]'
    r'[a-zA-Z0-9\-.]{1,63}$'
)
_OUTPOST_ARN = (
    r'^arn:(aws).*:s3-outposts:[a-z\-0-9]+:[0-9]{12}:outpost[/:]'
    r'[a-zA-Z0-9\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\-]{1,63}$'
)
VALID_S3_ARN = _re.compile('|'.join([_ACCESSPOINT_ARN, _OUTPOST_ARN]))


def validate_bucket_name(params):
    """botocore's `validate_bucket_name` handler (runs before shape validation)."""
    if 'Bucket' not in params:
        return
    bucket = params['Bucket']
    if not VALID_BUCKET.search(bucket) and not VALID_S3_ARN.search(bucket):
        error_msg = (
            f'Invalid bucket name "{bucket}": Bucket name must match '
            f'the regex "{VALID_BUCKET.pattern}" or be an ARN matching '
            f'the regex "{VALID_S3_ARN.pattern}"'
        )
        raise ParamValidationError(report=error_msg)


class _Errors:
    def __init__(self):
        self.lines = []

    def report(self, name, line):
        self.lines.append(line.replace('{name}', _name(name)))


def _name(name):
    if not name:
        return 'input'
    if name.startswith('.'):
        return name[1:]
    return name


def _invalid_type(errors, name, param, valid_types):
    errors.lines.append(
        f'Invalid type for parameter {_name(name)}, value: {param}, '
        f'type: {type(param)}, valid types: {", ".join(valid_types)}'
    )


def _range_check(errors, name, value, shape, what):
    minimum = shape.get('min')
    if minimum is not None and value < minimum:
        kind = 'length' if what == 'invalid length' else 'value'
        errors.lines.append(
            f'Invalid {kind} for parameter {_name(name)}, value: {value}, '
            f'valid min {kind}: {minimum}'
        )


def _validate(params, shape_name, errors, name):
    shape = SHAPES[shape_name]
    kind = shape['type']
    if kind == 'blob':
        if isinstance(params, (bytes, bytearray, str)) or hasattr(params, 'read'):
            return
        _invalid_type(errors, name, params, [str(bytes), str(bytearray), 'file-like object'])
        return
    if kind == 'timestamp':
        if isinstance(params, (_datetime.datetime, _datetime.date, str, int, float)):
            return
        _invalid_type(errors, name, params, [str(_datetime.datetime), 'timestamp-string'])
        return
    valid = SCALAR_TYPES.get(kind) or CONTAINER_TYPES.get(kind)
    if valid is not None and not isinstance(params, valid):
        _invalid_type(errors, name, params, [str(t) for t in valid])
        return
    if kind == 'structure':
        _validate_structure(params, shape, errors, name)
    elif kind == 'list':
        _range_check(errors, name, len(params), shape, 'invalid length')
        for i, item in enumerate(params):
            _validate(item, shape['member'], errors, f'{name}[{i}]')
    elif kind == 'map':
        for key, value in params.items():
            _validate(key, shape['key'], errors, f'{name} (key: {key})')
            _validate(value, shape['value'], errors, f'{name}.{key}')
    elif kind == 'string':
        _range_check(errors, name, len(params), shape, 'invalid length')
    elif kind in ('integer', 'long', 'double', 'float'):
        _range_check(errors, name, params, shape, 'invalid range')


def _validate_structure(params, shape, errors, name):
    for required in shape['required']:
        if required not in params:
            errors.lines.append(f'Missing required parameter in {_name(name)}: "{required}"')
    members = shape['members']
    known = []
    for param in params:
        if param not in shape['shapes']:
            errors.lines.append(
                f'Unknown parameter in {_name(name)}: "{param}", '
                f'must be one of: {", ".join(members)}'
            )
        else:
            known.append(param)
    for param in known:
        _validate(params[param], shape['shapes'][param], errors, f'{name}.{param}')


def validate_parameters(params, shape_name):
    """Raises ParamValidationError with every problem of `params` (botocore's report)."""
    errors = _Errors()
    _validate(params, shape_name, errors, '')
    if errors.lines:
        raise ParamValidationError(report='\n'.join(errors.lines))
