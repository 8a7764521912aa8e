"""requests.utils (subset): the helpers requests' models and sessions use, as in requests 2.32."""

import re
from collections import OrderedDict
from collections.abc import Mapping
from urllib.parse import quote, urlsplit

from requests.exceptions import InvalidHeader, InvalidURL
from requests.structures import CaseInsensitiveDict

__version__ = "2.32.3"
DEFAULT_ACCEPT_ENCODING = "gzip, deflate"
DEFAULT_PORTS = {"http": 80, "https": 443}
UNRESERVED_SET = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + "0123456789-._~"
)
_HEADER_VALIDATORS_STR = (re.compile(r"^[^:\s][^:\r\n]*$"), re.compile(r"^\S[^\r\n]*$|^$"))
_HEADER_VALIDATORS_BYTE = (re.compile(rb"^[^:\s][^:\r\n]*$"), re.compile(rb"^\S[^\r\n]*$|^$"))


def from_key_val_list(value):
    if value is None:
        return None
    if isinstance(value, (str, bytes, bool, int)):
        raise ValueError("cannot encode objects that are not 2-tuples")
    return OrderedDict(value)


def to_key_val_list(value):
    if value is None:
        return None
    if isinstance(value, (str, bytes, bool, int)):
        raise ValueError("cannot encode objects that are not 2-tuples")
    if isinstance(value, Mapping):
        value = value.items()
    return list(value)


def super_len(o):
    if isinstance(o, str):
        return len(o.encode("utf-8"))
    try:
        # pyex: len() rather than hasattr(o, "__len__"), which bytes lack here.
        return len(o)
    except TypeError:
        return 0


def _parse_content_type_header(header):
    tokens = header.split(";")
    content_type, params = tokens[0].strip(), tokens[1:]
    params_dict = {}
    items_to_strip = "\"' "
    for param in params:
        param = param.strip()
        if param:
            key, value = param, True
            index_of_equals = param.find("=")
            if index_of_equals != -1:
                key = param[:index_of_equals].strip(items_to_strip)
                value = param[index_of_equals + 1:].strip(items_to_strip)
            params_dict[key.lower()] = value
    return content_type, params_dict


def get_encoding_from_headers(headers):
    content_type = headers.get("content-type")
    if not content_type:
        return None
    content_type, params = _parse_content_type_header(content_type)
    if "charset" in params:
        return params["charset"].strip("'\"")
    if "text" in content_type:
        return "ISO-8859-1"
    if "application/json" in content_type:
        return "utf-8"


def iter_slices(string, slice_length):
    pos = 0
    if slice_length is None or slice_length <= 0:
        slice_length = len(string)
    while pos < len(string):
        yield string[pos:pos + slice_length]
        pos += slice_length


def stream_decode_response_unicode(iterator, r):
    """Stream decodes an iterator (pyex: a UTF-8 carry instead of codecs' incremental decoder)."""
    if r.encoding is None:
        yield from iterator
        return
    from requests.models import _decode
    carry = b""
    utf8 = r.encoding.lower().replace("_", "-") in ("utf-8", "utf8")
    for chunk in iterator:
        data = carry + chunk
        carry = b""
        if utf8:
            cut = _utf8_complete_prefix(data)
            data, carry = data[:cut], data[cut:]
        rv = _decode(data, r.encoding)
        if rv:
            yield rv
    if carry:
        yield _decode(carry, r.encoding)


def _utf8_complete_prefix(data):
    """The length of `data` without a trailing incomplete UTF-8 sequence (at most 3 bytes)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
        return n - back if need > back else n
    return n


def unquote_unreserved(uri):
    parts = uri.split("%")
    for i in range(1, len(parts)):
        h = parts[i][0:2]
        if len(h) == 2 and h.isalnum():
            try:
                c = chr(int(h, 16))
            except ValueError:
                raise InvalidURL(f"Invalid percent-escape sequence: '{h}'")
            if c in UNRESERVED_SET:
                parts[i] = c + parts[i][2:]
            else:
                parts[i] = f"%{parts[i]}"
        else:
            parts[i] = f"%{parts[i]}"
    return "".join(parts)


def requote_uri(uri):
    safe_with_percent = "!#$%&'()*+,/:;=?@[]~"
    safe_without_percent = "!#$&'()*+,/:;=?@[]~"
    try:
        return quote(unquote_unreserved(uri), safe=safe_with_percent)
    except InvalidURL:
        return quote(uri, safe=safe_without_percent)


def default_user_agent(name="python-requests"):
    return f"{name}/{__version__}"


def default_headers():
    return CaseInsensitiveDict(
        {
            "User-Agent": default_user_agent(),
            "Accept-Encoding": DEFAULT_ACCEPT_ENCODING,
            "Accept": "*/*",
            "Connection": "keep-alive",
        }
    )


def parse_header_links(value):
    links = []
    replace_chars = " '\""
    value = value.strip(replace_chars)
    if not value:
        return links
    for val in re.split(", *<", value):
        try:
            url, params = val.split(";", 1)
        except ValueError:
            url, params = val, ""
        link = {"url": url.strip("<> '\"")}
        for param in params.split(";"):
            try:
                key, value = param.split("=")
            except ValueError:
                break
            link[key.strip(replace_chars)] = value.strip(replace_chars)
        links.append(link)
    return links


def guess_json_utf(data):
    sample = data[:4]
    if sample in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if sample[:3] == b"\xef\xbb\xbf":
        return "utf-8-sig"
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    nullcount = sample.count(b"\x00")
    if nullcount == 0:
        return "utf-8"
    if nullcount == 2:
        if sample[::2] == b"\x00\x00":
            return "utf-16-be"
        if sample[1::2] == b"\x00\x00":
            return "utf-16-le"
    if nullcount == 3:
        if sample[:3] == b"\x00\x00\x00":
            return "utf-32-be"
        if sample[1:] == b"\x00\x00\x00":
            return "utf-32-le"
    return None


def check_header_validity(header):
    name, value = header
    _validate_header_part(header, name, 0)
    _validate_header_part(header, value, 1)


def _validate_header_part(header, header_part, header_validator_index):
    if isinstance(header_part, str):
        validator = _HEADER_VALIDATORS_STR[header_validator_index]
    elif isinstance(header_part, bytes):
        validator = _HEADER_VALIDATORS_BYTE[header_validator_index]
    else:
        raise InvalidHeader(
            f"Header part ({header_part!r}) from {header} "
            f"must be of type str or bytes, not {type(header_part)}"
        )
    if not validator.match(header_part):
        header_kind = "name" if header_validator_index == 0 else "value"
        raise InvalidHeader(
            f"Invalid leading whitespace, reserved character(s), or return "
            f"character(s) in header {header_kind}: {header_part!r}"
        )


def dict_from_cookiejar(cj):
    cookie_dict = {}
    for cookie in cj:
        cookie_dict[cookie.name] = cookie.value
    return cookie_dict


def add_dict_to_cookiejar(cj, cookie_dict):
    from requests.cookies import cookiejar_from_dict
    return cookiejar_from_dict(cookie_dict, cj)


def get_auth_from_url(url):
    from urllib.parse import unquote
    parsed = urlsplit(url)
    try:
        auth = (unquote(parsed.username), unquote(parsed.password))
    except (AttributeError, TypeError):
        auth = ("", "")
    return auth


def to_native_string(string, encoding="ascii"):
    if isinstance(string, str):
        return string
    return string.decode(encoding)


def unicode_is_ascii(u_string):
    try:
        u_string.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False
