"""botocore.paginate: `client.get_paginator(name).paginate(...)` for S3's listings (after
botocore/paginate.py): pages until the service says there are no more, `PaginationConfig`
(MaxItems, PageSize, StartingToken), `build_full_result()`, and `search()` for the simple
JMESPath expressions programs use with listings (`Contents[].Key`, `CommonPrefixes[*].Prefix`)."""

import base64 as _base64
import json as _json

from botocore.exceptions import PaginationError

PAGINATORS = {
    'list_objects_v2': {
        'input_token': ['ContinuationToken'],
        'output_token': ['NextContinuationToken'],
        'more_results': 'IsTruncated',
        'limit_key': 'MaxKeys',
        'result_key': ['Contents', 'CommonPrefixes'],
        'non_aggregate_keys': ['RequestCharged', 'Prefix'],
    },
    'list_objects': {
        'input_token': ['Marker'],
        'output_token': ['NextMarker || Contents[-1].Key'],
        'more_results': 'IsTruncated',
        'limit_key': 'MaxKeys',
        'result_key': ['Contents', 'CommonPrefixes'],
        'non_aggregate_keys': ['RequestCharged', 'Prefix'],
    },
    'list_buckets': {
        'input_token': ['ContinuationToken'],
        'output_token': ['ContinuationToken'],
        'more_results': None,
        'limit_key': 'MaxBuckets',
        'result_key': ['Buckets'],
        'non_aggregate_keys': ['Owner', 'Prefix'],
    },
}


def _encode_token(token):
    return _base64.b64encode(_json.dumps(token).encode('utf-8')).decode('utf-8')


def _decode_token(token):
    return _json.loads(_base64.b64decode(token.encode('utf-8')).decode('utf-8'))


def search(expression, data):
    """A JMESPath subset: `a.b`, `a[]`, `a[*].b`, `a[-1].b`, `a || b`."""
    if '||' in expression:
        for alternative in expression.split('||'):
            value = search(alternative.strip(), data)
            if value:
                return value
        return None
    return _search_parts(expression.strip(), data)


def _search_parts(expression, data):
    if not expression:
        return data
    if expression.startswith('.'):
        expression = expression[1:]
    bracket = expression.find('[')
    dot = expression.find('.')
    if bracket == 0:
        end = expression.index(']')
        inside = expression[1:end]
        rest = expression[end + 1:]
        if data is None:
            return None
        if inside in ('', '*'):
            if not isinstance(data, list):
                return None
            out = []
            for item in data:
                value = _search_parts(rest, item)
                if value is not None:
                    if inside == '' and isinstance(value, list) and not rest:
                        out.extend(value)
                    else:
                        out.append(value)
            return out
        try:
            return _search_parts(rest, data[int(inside)])
        except (IndexError, TypeError, ValueError):
            return None
    cut = min([i for i in (bracket, dot) if i > 0], default=len(expression))
    name, rest = expression[:cut], expression[cut:]
    if not isinstance(data, dict):
        return None
    return _search_parts(rest, data.get(name))


class Paginator:
    """Makes PageIterators for one listing operation of a client."""

    def __init__(self, method, config):
        self._method = method
        self._config = config

    def paginate(self, **kwargs):
        pagination = kwargs.pop('PaginationConfig', None) or {}
        return PageIterator(self._method, self._config, kwargs, pagination)


class PageIterator:
    """Iterating gives each page (a response dict) in turn."""

    def __init__(self, method, config, op_kwargs, pagination):
        self._method = method
        self._input_token = config['input_token']
        self._output_token = config['output_token']
        self._more_results = config['more_results']
        self._limit_key = config['limit_key']
        self.result_keys = config['result_key']
        self._non_aggregate_keys = config['non_aggregate_keys']
        self._op_kwargs = op_kwargs
        self._max_items = pagination.get('MaxItems')
        self._page_size = pagination.get('PageSize')
        self._starting_token = pagination.get('StartingToken')
        self._resume_token = None
        self.non_aggregate_part = {}

    @property
    def resume_token(self):
        return self._resume_token

    @resume_token.setter
    def resume_token(self, value):
        self._resume_token = _encode_token(value)

    def _next_token(self, parsed):
        if self._more_results is not None and not search(self._more_results, parsed):
            return {key: None for key in self._input_token}
        return {
            key: search(expr, parsed)
            for key, expr in zip(self._input_token, self._output_token)
        }

    def __iter__(self):
        kwargs = dict(self._op_kwargs)
        if self._page_size is not None:
            kwargs[self._limit_key] = self._page_size
        skip = 0
        if self._starting_token is not None:
            token = _decode_token(self._starting_token)
            skip = token.pop('boto_truncate_amount', 0)
            for key, value in token.items():
                if value is not None:
                    kwargs[key] = value
        primary = self.result_keys[0]
        total_items = 0
        previous = None
        first = True
        while True:
            page = self._method(**kwargs)
            if first:
                self.non_aggregate_part = {k: page.get(k) for k in self._non_aggregate_keys}
                first = False
            if skip:
                items = page.get(primary) or []
                page[primary] = items[skip:]
                skip = 0
            items = page.get(primary) or []
            next_token = self._next_token(page)
            if self._max_items is not None and total_items + len(items) > self._max_items:
                keep = self._max_items - total_items
                page[primary] = items[:keep]
                token = {key: kwargs.get(key) for key in self._input_token}
                token['boto_truncate_amount'] = keep
                self.resume_token = token
                yield page
                return
            yield page
            total_items += len(items)
            if all(value is None for value in next_token.values()):
                return
            if self._max_items is not None and total_items == self._max_items:
                self.resume_token = next_token
                return
            if previous is not None and previous == next_token:
                raise PaginationError(
                    message=f'The same next token was received twice: {next_token}')
            kwargs.update(next_token)
            previous = next_token

    def search(self, expression):
        for page in self:
            results = search(expression, page)
            if isinstance(results, list):
                yield from results
            else:
                yield results

    def build_full_result(self):
        complete = {}
        for page in self:
            for key in self.result_keys:
                value = page.get(key)
                if value is None:
                    continue
                if key not in complete:
                    complete[key] = value
                elif isinstance(value, list):
                    complete[key].extend(value)
        for key, value in self.non_aggregate_part.items():
            complete[key] = value
        if self.resume_token is not None:
            complete['NextToken'] = self.resume_token
        return complete
