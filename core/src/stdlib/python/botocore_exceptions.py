"""botocore.exceptions: the exception classes boto3 programs catch, with botocore's messages
(after botocore/exceptions.py)."""


class BotoCoreError(Exception):
    """The base of botocore's own errors: `fmt` formatted with the keyword arguments."""

    fmt = 'An unspecified error occurred'

    def __init__(self, **kwargs):
        msg = self.fmt.format(**kwargs)
        Exception.__init__(self, msg)
        self.kwargs = kwargs


class DataNotFoundError(BotoCoreError):
    fmt = 'Unable to load data for: {data_path}'


class UnknownServiceError(DataNotFoundError):
    fmt = ("Unknown service: '{service_name}'. Valid service names are: "
           "{known_service_names}")


class ParamValidationError(BotoCoreError):
    fmt = 'Parameter validation failed:\n{report}'


class NoCredentialsError(BotoCoreError):
    fmt = 'Unable to locate credentials'


class PartialCredentialsError(BotoCoreError):
    fmt = 'Partial credentials found in {provider}, missing: {cred_var}'


class NoRegionError(BotoCoreError):
    fmt = 'You must specify a region.'


class HTTPClientError(BotoCoreError):
    fmt = 'An HTTP Client raised an unhandled exception: {error}'

    def __init__(self, request=None, response=None, **kwargs):
        self.request = request
        self.response = response
        super().__init__(**kwargs)


class ConnectionError(BotoCoreError):
    fmt = 'An HTTP Client failed to establish a connection: {error}'


class EndpointConnectionError(ConnectionError):
    fmt = 'Could not connect to the endpoint URL: "{endpoint_url}"'


class ConnectionClosedError(HTTPClientError):
    fmt = 'Connection was closed before we received a valid response from endpoint URL: "{endpoint_url}".'


class ReadTimeoutError(HTTPClientError):
    fmt = 'Read timeout on endpoint URL: "{endpoint_url}"'


class ConnectTimeoutError(ConnectionError):
    fmt = 'Connect timeout on endpoint URL: "{endpoint_url}"'


class InvalidEndpointConfigurationError(BotoCoreError):
    fmt = 'Invalid endpoint configuration: {msg}'


class OperationNotPageableError(BotoCoreError):
    fmt = 'Operation cannot be paginated: {operation_name}'


class PaginationError(BotoCoreError):
    fmt = 'Error during pagination: {message}'


class IncompleteReadError(BotoCoreError):
    fmt = '{actual_bytes} read, but total bytes expected is {expected_bytes}.'


class ClientError(Exception):
    """An error the service answered with: `response['Error']['Code']` and its message."""

    MSG_TEMPLATE = (
        'An error occurred ({error_code}) when calling the {operation_name} '
        'operation{retry_info}: {error_message}'
    )

    def __init__(self, error_response, operation_name):
        retry_info = self._get_retry_info(error_response)
        error = error_response.get('Error', {})
        msg = self.MSG_TEMPLATE.format(
            error_code=error.get('Code', 'Unknown'),
            error_message=error.get('Message', 'Unknown'),
            operation_name=operation_name,
            retry_info=retry_info,
        )
        super().__init__(msg)
        self.response = error_response
        self.operation_name = operation_name

    def _get_retry_info(self, response):
        retry_info = ''
        if 'ResponseMetadata' in response:
            metadata = response['ResponseMetadata']
            if metadata.get('MaxAttemptsReached', False):
                if 'RetryAttempts' in metadata:
                    retry_info = f" (reached max retries: {metadata['RetryAttempts']})"
        return retry_info

    def __reduce__(self):
        return self.__class__, (self.response, self.operation_name)


class WaiterError(BotoCoreError):
    fmt = 'Waiter {name} failed: {reason}'

    def __init__(self, name, reason, last_response):
        super().__init__(name=name, reason=reason)
        self.last_response = last_response
