"""botocore.client: the S3 client `boto3.client("s3")` returns (after botocore/client.py).

Each operation validates its parameters against botocore's model (`_botocore_model`), then
pauses the run with one I/O request, `_pyex_io.s3({...})`, which the host performs with
aws-sdk-s3 (core/src/io/s3.rs) using the credentials and endpoint its grants allow. The reply
is plain data that this module shapes like botocore's parsed responses: `ResponseMetadata`
(HTTPStatusCode, HTTPHeaders, RequestId), timestamps as aware datetimes, `Body` as a
StreamingBody; an error answer raises `ClientError` (or the modeled subclass of
`client.exceptions`, e.g. `NoSuchKey`) with botocore's message."""

import datetime as _datetime
import io as _io

import _pyex_io
from _botocore_model import OPERATIONS, OUTPUTS, PAYLOADS
from botocore import errorfactory as _errorfactory
from botocore import exceptions as _exceptions
from botocore.config import Config
from botocore.paginate import Paginator, PAGINATORS
from botocore.httpchecksum import StreamingChecksumBody
from botocore.response import StreamingBody
from botocore.validate import validate_bucket_name, validate_parameters


class tzutc(_datetime.tzinfo):
    """UTC as dateutil's `tz.tzutc()` (the tzinfo of every datetime botocore parses)."""

    def utcoffset(self, dt):
        return _datetime.timedelta(0)

    def dst(self, dt):
        return _datetime.timedelta(0)

    def tzname(self, dt):
        return 'UTC'

    def __eq__(self, other):
        return isinstance(other, tzutc) or (
            isinstance(other, _datetime.tzinfo) and other.utcoffset(None) == _datetime.timedelta(0))

    def __hash__(self):
        return 0

    def __repr__(self):
        return 'tzutc()'


_UTC = tzutc()
_EPOCH = _datetime.datetime(1970, 1, 1, tzinfo=_UTC)


def _xform_name(name):
    """`ListObjectsV2` -> `list_objects_v2` (botocore.xform_name for S3's operations)."""
    out = []
    for i, c in enumerate(name):
        if c.isupper() and i > 0 and not name[i - 1].isupper():
            out.append('_')
        out.append(c.lower())
    return ''.join(out)


_METHOD_TO_OPERATION = {_xform_name(op): op for op in OPERATIONS}


class ClientMeta:
    """`client.meta`: region, endpoint, config, service name."""

    def __init__(self, region_name, endpoint_url, config):
        self.region_name = region_name
        self.endpoint_url = endpoint_url
        self.config = config
        self.service_model = _ServiceModel()
        self.method_to_api_mapping = {m: op for m, op in _METHOD_TO_OPERATION.items()}


class _ServiceModel:
    service_name = 's3'
    signing_name = 's3'
    operation_names = sorted(OPERATIONS)


class BaseClient:
    """An S3 client. Methods take keyword arguments named as in the AWS API."""

    def __init__(self, region_name=None, endpoint_url=None, credentials=None, config=None):
        self._credentials = credentials
        self._config = config if config is not None else Config()
        self._endpoint_url = endpoint_url
        self.meta = ClientMeta(region_name or 'us-east-1', endpoint_url, self._config)
        self.exceptions = _errorfactory.client_exceptions()

    def __repr__(self):
        return f'<botocore.client.S3 object at {hex(id(self))}>'

    def close(self):
        pass

    def can_paginate(self, operation_name):
        return operation_name in PAGINATORS

    def get_paginator(self, operation_name):
        if operation_name not in PAGINATORS:
            raise _exceptions.OperationNotPageableError(operation_name=operation_name)
        return Paginator(getattr(self, operation_name), PAGINATORS[operation_name])

    def _request(self, operation, params):
        request = {
            'operation': operation,
            'params': params,
            'endpoint_url': self._endpoint_url,
            'region': self.meta.region_name,
            'timeout': self._config.read_timeout,
        }
        if self._credentials is not None:
            request['credentials'] = self._credentials
        return _pyex_io.s3(request)

    def _make_api_call(self, operation_name, api_params):
        op = OPERATIONS[operation_name]
        source = api_params.get('CopySource')
        if isinstance(source, dict):
            # botocore's handle_copy_source_param, which runs before validation.
            api_params = dict(api_params, CopySource=_copy_source(source))
        if api_params.get('Bucket') is not None or 'Bucket' in api_params:
            validate_bucket_name(api_params)
        validate_parameters(api_params, op['input'])
        params = _serialize(operation_name, api_params)
        reply = self._request(operation_name, params)
        return _parse_reply(self, operation_name, reply)


def _serialize(operation_name, api_params):
    """The parameters as plain data for the driver (bodies read, timestamps as text)."""
    params = {}
    for name, value in api_params.items():
        if name == 'Body':
            value = _body_bytes(value)
        elif isinstance(value, _datetime.datetime):
            value = value.isoformat()
        params[name] = value
    return params


def _copy_source(value):
    """`{'Bucket': b, 'Key': k, 'VersionId': v}` as `b/k?versionId=v` (quoted by the driver)."""
    try:
        bucket = value['Bucket']
        key = value['Key']
    except KeyError as e:
        raise _exceptions.ParamValidationError(
            report=f'Missing required parameter in CopySource: "{e.args[0]}"')
    text = f'{bucket}/{key}'
    if value.get('VersionId') is not None:
        text += f"?versionId={value['VersionId']}"
    return text


def _body_bytes(value):
    if isinstance(value, str):
        return value.encode('utf-8')
    if isinstance(value, bytearray):
        return bytes(value)
    if isinstance(value, bytes):
        return value
    data = value.read()
    if isinstance(data, str):
        data = data.encode('utf-8')
    return bytes(data)


_MONTHS = {m: i for i, m in enumerate(
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], 1)}


def _timestamp(value):
    """A datetime from the driver's `[seconds, microseconds]` or a header's HTTP date."""
    if isinstance(value, str):
        return _http_date(value)
    secs, micros = value
    return _EPOCH + _datetime.timedelta(seconds=secs, microseconds=micros)


def _http_date(text):
    """`Fri, 27 Nov 2026 01:02:03 GMT` (or ISO 8601) as an aware datetime."""
    try:
        _, day, month, year, clock, _ = text.split()
        hour, minute, second = (int(x) for x in clock.split(':'))
        return _datetime.datetime(int(year), _MONTHS[month], int(day), hour, minute, second,
                                  tzinfo=_UTC)
    except (ValueError, KeyError):
        parsed = _datetime.datetime.fromisoformat(text.replace('Z', '+00:00'))
        return parsed.astimezone(_UTC)


def _header_value(kind, text):
    if kind in ('integer', 'long'):
        return int(text)
    if kind == 'boolean':
        return text == 'true'
    if kind == 'timestamp':
        return _timestamp(text)
    if kind == 'list':
        return [e.strip() for e in text.split(',')]
    return text


def _shape_value(value, kind, target):
    if value is None:
        return None
    if kind == 'timestamp':
        return _timestamp(value)
    if kind == 'structure' and target is not None:
        return _shape_dict(value, target)
    if kind == 'list' and target is not None:
        return [_shape_dict(item, target) for item in value]
    return value


def _shape_dict(data, shape_name):
    """`data` (body members) with botocore's member order and types for `shape_name`."""
    out = {}
    for name, kind, target, location, _ in OUTPUTS.get(shape_name, ()):
        if location is None and name in data:
            out[name] = _shape_value(data[name], kind, target)
    return out


def _headers(reply):
    """The response headers as botocore's HTTPHeaders: lowercase names, repeats joined."""
    headers = {}
    for name, value in reply['headers']:
        if name in headers:
            headers[name] = headers[name] + ', ' + value
        else:
            headers[name] = value
    return headers


def _response_metadata(reply, headers):
    metadata = {}
    if 'x-amzn-requestid' in headers:
        metadata['RequestId'] = headers['x-amzn-requestid']
    elif 'x-amz-request-id' in headers:
        metadata['RequestId'] = headers['x-amz-request-id']
    if 'x-amz-id-2' in headers:
        metadata['HostId'] = headers['x-amz-id-2']
    metadata['HTTPStatusCode'] = reply['status']
    metadata['HTTPHeaders'] = headers
    metadata['RetryAttempts'] = 0
    return metadata


def _parse_reply(client, operation_name, reply):
    """A botocore-shaped response: ResponseMetadata, header members, then the body's."""
    transport = reply.get('transport')
    if transport is not None:
        _raise_transport(transport, reply)
    headers = _headers(reply)
    if 'error' in reply:
        _raise_client_error(client, operation_name, reply, headers)
    data = reply.get('data', {})
    output = OPERATIONS[operation_name]['output']
    response = {'ResponseMetadata': _response_metadata(reply, headers)}
    members = OUTPUTS.get(output, ())
    for name, kind, target, location, location_name in members:
        if location == 'header':
            header = (location_name or name).lower()
            if header in headers:
                response[name] = _header_value(kind, headers[header])
        elif location == 'headers':
            prefix = (location_name or '').lower()
            response[name] = {k[len(prefix):]: v for k, v in headers.items()
                              if k.startswith(prefix)}
        elif location == 'statusCode':
            response[name] = reply['status']
    payload = PAYLOADS.get(output)
    if payload == 'Body':
        body = data.get('Body', b'')
        algorithm = _checksum_algorithm(headers)
        if algorithm is None:
            response['Body'] = StreamingBody(_io.BytesIO(body), len(body))
        else:
            # botocore validates the body against the checksum the answer carries (the
            # driver already did) and says so in ResponseMetadata.
            response['Body'] = StreamingChecksumBody(_io.BytesIO(body), len(body))
            metadata = response['ResponseMetadata']
            retries = metadata.pop('RetryAttempts')
            metadata['ChecksumAlgorithm'] = algorithm
            metadata['RetryAttempts'] = retries
    elif payload is not None:
        for name, kind, target, _, _ in members:
            if name == payload and name in data:
                response[name] = _shape_value(data[name], kind, target)
    else:
        response.update(_shape_dict(data, output))
    return response


# The response checksums botocore checks without the CRT, in its order of preference.
_CHECKSUM_ALGORITHMS = ['crc32', 'sha1', 'sha256', 'sha512']


def _checksum_algorithm(headers):
    for algorithm in _CHECKSUM_ALGORITHMS:
        value = headers.get(f'x-amz-checksum-{algorithm}')
        if value is not None and '-' not in value:
            return algorithm
    return None


def _raise_transport(kind, reply):
    url = reply.get('url', '')
    if kind == 'timeout':
        raise _exceptions.ReadTimeoutError(endpoint_url=url)
    if kind == 'connect_timeout':
        raise _exceptions.ConnectTimeoutError(endpoint_url=url)
    if kind == 'closed':
        raise _exceptions.ConnectionClosedError(endpoint_url=url)
    if kind == 'credentials':
        raise _exceptions.NoCredentialsError()
    raise _exceptions.EndpointConnectionError(endpoint_url=url)


def _raise_client_error(client, operation_name, reply, headers):
    error = dict(reply['error'])
    if error.pop('__from_status', False):
        # No body (a HEAD answer): botocore takes the ids from the headers, '' when absent.
        metadata = {'RequestId': headers.get('x-amz-request-id', ''),
                    'HostId': headers.get('x-amz-id-2', '')}
        metadata['HTTPStatusCode'] = reply['status']
        metadata['HTTPHeaders'] = headers
        metadata['RetryAttempts'] = 0
    else:
        error.pop('RequestId', None)
        error.pop('HostId', None)
        metadata = _response_metadata(reply, headers)
    response = {'Error': error, 'ResponseMetadata': metadata}
    cls = client.exceptions.from_code(error.get('Code', 'Unknown'))
    raise cls(response, operation_name)


def _api_method(python_name, operation_name):
    def _api_call(self, *args, **kwargs):
        if args:
            raise TypeError(f"{python_name}() only accepts keyword arguments.")
        return self._make_api_call(operation_name, kwargs)

    _api_call.__name__ = python_name
    _api_call.__qualname__ = f'S3.{python_name}'
    return _api_call


def _make_client_class():
    import _boto3_transfer as _transfer
    namespace = {}
    for python_name, operation_name in _METHOD_TO_OPERATION.items():
        namespace[python_name] = _api_method(python_name, operation_name)
    for name in _transfer.CLIENT_METHODS:
        namespace[name] = getattr(_transfer, name)
    namespace['__module__'] = 'botocore.client'
    return type('S3', (BaseClient,), namespace)


S3 = _make_client_class()

