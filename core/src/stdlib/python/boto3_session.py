"""boto3.session: `Session`, which holds credentials and a region and makes clients."""

import os as _os

from botocore.client import S3
from botocore.exceptions import UnknownServiceError


class Session:
    """Credentials and region shared by the clients it makes."""

    def __init__(self, aws_access_key_id=None, aws_secret_access_key=None,
                 aws_session_token=None, region_name=None, botocore_session=None,
                 profile_name=None, aws_account_id=None):
        self._access_key = aws_access_key_id
        self._secret_key = aws_secret_access_key
        self._token = aws_session_token
        self._region_name = region_name
        self.profile_name = profile_name or 'default'

    def __repr__(self):
        return f"Session(region_name={self.region_name!r})"

    @property
    def region_name(self):
        if self._region_name is not None:
            return self._region_name
        return _os.environ.get('AWS_DEFAULT_REGION') or _os.environ.get('AWS_REGION')

    @property
    def available_profiles(self):
        return []

    def get_available_services(self):
        return ['s3']

    def get_available_resources(self):
        return ['s3']

    def client(self, service_name, region_name=None, api_version=None, use_ssl=True,
               verify=None, endpoint_url=None, aws_access_key_id=None,
               aws_secret_access_key=None, aws_session_token=None, config=None,
               aws_account_id=None):
        """A client for `service_name`; only `s3` is offered."""
        if service_name != 's3':
            raise UnknownServiceError(service_name=service_name, known_service_names='s3')
        if endpoint_url is not None and not (
                isinstance(endpoint_url, str) and '://' in endpoint_url):
            raise ValueError(f'Invalid endpoint: {endpoint_url}')
        access_key = aws_access_key_id or self._access_key
        secret_key = aws_secret_access_key or self._secret_key
        token = aws_session_token or self._token
        credentials = None
        if access_key is not None or secret_key is not None:
            credentials = {'access_key_id': access_key, 'secret_access_key': secret_key,
                           'session_token': token}
        region = region_name
        if region is None and config is not None:
            region = config.region_name
        if region is None:
            region = self.region_name
        return S3(region_name=region, endpoint_url=endpoint_url, credentials=credentials,
                  config=config)

    def resource(self, service_name, **kwargs):
        from boto3.resources import ServiceResource
        return ServiceResource(self.client(service_name, **kwargs))
