"""botocore.config: `Config`, the client options a program may pass (after botocore/config.py).
Pyex uses `read_timeout` (the per-request timeout of the I/O pause) and keeps the rest for
`client.meta.config`."""

OPTION_DEFAULTS = {
    'region_name': None,
    'signature_version': None,
    'user_agent': None,
    'user_agent_extra': None,
    'user_agent_appid': None,
    'connect_timeout': 60,
    'read_timeout': 60,
    'parameter_validation': True,
    'max_pool_connections': 10,
    'proxies': None,
    'proxies_config': None,
    's3': None,
    'retries': None,
    'client_cert': None,
    'inject_host_prefix': None,
    'endpoint_discovery_enabled': None,
    'use_dualstack_endpoint': None,
    'use_fips_endpoint': None,
    'ignore_configured_endpoint_urls': None,
    'defaults_mode': None,
    'tcp_keepalive': None,
    'request_min_compression_size_bytes': None,
    'disable_request_compression': None,
    'client_context_params': None,
    'request_checksum_calculation': None,
    'response_checksum_validation': None,
    'account_id_endpoint_mode': None,
}


class Config:
    """Advanced client configuration; options are keyword arguments (or positional, in order)."""

    OPTION_DEFAULTS = OPTION_DEFAULTS

    def __init__(self, *args, **kwargs):
        names = list(OPTION_DEFAULTS)
        if len(args) > len(names):
            raise TypeError(f"Takes at most {len(names)} arguments ({len(args)} given)")
        values = dict(OPTION_DEFAULTS)
        for name, value in zip(names, args):
            if name in kwargs:
                raise TypeError(f"Got multiple values for keyword argument '{name}'")
            values[name] = value
        for name, value in kwargs.items():
            if name not in OPTION_DEFAULTS:
                raise TypeError(f"Got unexpected keyword argument '{name}'")
            values[name] = value
        self._user_provided_options = {n: v for n, v in values.items() if n in kwargs}
        for name, value in values.items():
            setattr(self, name, value)

    def merge(self, other_config):
        config_options = dict(self._user_provided_options)
        config_options.update(other_config._user_provided_options)
        return Config(**config_options)
