"""requests.cookies (subset): a RequestsCookieJar with http.cookiejar's matching and ordering.

pyex: a small jar of its own (no http.cookiejar): host-only and domain cookies, paths, the
secure flag and Max-Age=0 deletion; expiry dates are kept but not enforced.
"""

from urllib.parse import urlsplit


class Cookie:
    """One cookie (the fields of http.cookiejar.Cookie that matter here)."""

    def __init__(self, version=0, name=None, value=None, port=None, port_specified=False,
                 domain="", domain_specified=False, domain_initial_dot=False, path="/",
                 path_specified=True, secure=False, expires=None, discard=True, comment=None,
                 comment_url=None, rest=None, rfc2109=False):
        self.version = version
        self.name = name
        self.value = value
        self.port = port
        self.port_specified = port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path = path
        self.path_specified = path_specified
        self.secure = secure
        self.expires = expires
        self.discard = discard
        self.comment = comment
        self.comment_url = comment_url
        self.rfc2109 = rfc2109
        self._rest = dict(rest or {})

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def __str__(self):
        p = "" if self.port is None else ":" + self.port
        limit = self.domain + p + self.path
        namevalue = self.value if self.value is None else f"{self.name}={self.value}"
        return f"<Cookie {namevalue} for {limit}>"

    def __repr__(self):
        args = []
        for name in ("version", "name", "value", "port", "port_specified", "domain",
                     "domain_specified", "domain_initial_dot", "path", "path_specified",
                     "secure", "expires", "discard", "comment", "comment_url"):
            args.append(f"{name}={getattr(self, name)!r}")
        args.append(f"rest={self._rest!r}")
        args.append(f"rfc2109={self.rfc2109!r}")
        return f"{self.__class__.__name__}({', '.join(args)})"


class CookieConflictError(RuntimeError):
    """There are two cookies that meet the criteria specified in the cookie jar."""


class RequestsCookieJar:
    """Compatibility class; is a http.cookiejar.CookieJar, but exposes a dict interface."""

    def __init__(self, policy=None):
        self._cookies = {}

    # -- cookiejar ---------------------------------------------------------------------------

    def set_cookie(self, cookie, *args, **kwargs):
        if hasattr(cookie.value, "startswith") and cookie.value.startswith('"') and cookie.value.endswith('"'):
            cookie.value = cookie.value.replace('\\"', "")
        self._cookies.setdefault(cookie.domain, {}).setdefault(cookie.path, {})[cookie.name] = cookie

    def __iter__(self):
        for domain in list(self._cookies):
            for path in list(self._cookies[domain]):
                yield from list(self._cookies[domain][path].values())

    def __len__(self):
        return sum(1 for _ in self)

    def clear(self, domain=None, path=None, name=None):
        if name is not None:
            del self._cookies[domain][path][name]
        elif path is not None:
            del self._cookies[domain][path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def __str__(self):
        return f"<{self.__class__.__name__}[{', '.join(str(c) for c in self)}]>"

    def __repr__(self):
        return f"<{self.__class__.__name__}[{', '.join(repr(c) for c in self)}]>"

    # -- the dict interface ------------------------------------------------------------------

    def get(self, name, default=None, domain=None, path=None):
        try:
            return self._find_no_duplicates(name, domain, path)
        except KeyError:
            return default

    def set(self, name, value, **kwargs):
        if value is None:
            remove_cookie_by_name(self, name, domain=kwargs.get("domain"), path=kwargs.get("path"))
            return
        c = create_cookie(name, value, **kwargs)
        self.set_cookie(c)
        return c

    def iterkeys(self):
        for cookie in iter(self):
            yield cookie.name

    def keys(self):
        return list(self.iterkeys())

    def itervalues(self):
        for cookie in iter(self):
            yield cookie.value

    def values(self):
        return list(self.itervalues())

    def iteritems(self):
        for cookie in iter(self):
            yield cookie.name, cookie.value

    def items(self):
        return list(self.iteritems())

    def list_domains(self):
        domains = []
        for cookie in iter(self):
            if cookie.domain not in domains:
                domains.append(cookie.domain)
        return domains

    def list_paths(self):
        paths = []
        for cookie in iter(self):
            if cookie.path not in paths:
                paths.append(cookie.path)
        return paths

    def get_dict(self, domain=None, path=None):
        dictionary = {}
        for cookie in iter(self):
            if (domain is None or cookie.domain == domain) and (path is None or cookie.path == path):
                dictionary[cookie.name] = cookie.value
        return dictionary

    def __contains__(self, name):
        try:
            return name in self.keys()
        except CookieConflictError:
            return True

    def __getitem__(self, name):
        return self._find_no_duplicates(name)

    def __setitem__(self, name, value):
        self.set(name, value)

    def __delitem__(self, name):
        remove_cookie_by_name(self, name)

    def update(self, other):
        if isinstance(other, RequestsCookieJar):
            for cookie in other:
                self.set_cookie(cookie)
        else:
            for name, value in dict(other).items():
                self.set(name, value)

    def _find_no_duplicates(self, name, domain=None, path=None):
        toReturn = None
        for cookie in iter(self):
            if cookie.name == name:
                if domain is None or cookie.domain == domain:
                    if path is None or cookie.path == path:
                        if toReturn is not None:
                            raise CookieConflictError(f"There are multiple cookies with name, {name!r}")
                        toReturn = cookie.value
        if toReturn:
            return toReturn
        raise KeyError(f"name={name!r}, domain={domain!r}, path={path!r}")

    def copy(self):
        new_cj = RequestsCookieJar()
        new_cj.update(self)
        return new_cj

    def get_policy(self):
        return None

    # -- pyex: what http.cookiejar does for requests -----------------------------------------

    def _header_for(self, url):
        """The Cookie header value for a request to `url` (None when no cookie matches)."""
        parts = urlsplit(url)
        host = _request_host(parts.hostname or "")
        path = parts.path or "/"
        chosen = []
        for cookie in iter(self):
            if cookie.secure and parts.scheme != "https":
                continue
            if not _domain_match(host, cookie.domain):
                continue
            if not (path == cookie.path or path.startswith(cookie.path.rstrip("/") + "/")
                    or cookie.path == "/"):
                continue
            chosen.append(cookie)
        chosen.sort(key=lambda c: len(c.path), reverse=True)
        if not chosen:
            return None
        return "; ".join(f"{c.name}={c.value}" if c.value is not None else c.name for c in chosen)

    def _extract(self, url, headers):
        """Stores the cookies of the Set-Cookie headers `headers` (pairs) of a response to `url`."""
        parts = urlsplit(url)
        host = _request_host(parts.hostname or "")
        for name, value in headers:
            if name.lower() == "set-cookie":
                _set_from_header(self, value, host, parts.path or "/")


def _request_host(host):
    host = host.lower()
    return host if "." in host else host + ".local"


def _domain_match(host, domain):
    if not domain:
        return True
    if domain.startswith("."):
        return host.endswith(domain) or host == domain[1:]
    return host == domain


def _set_from_header(jar, header, host, request_path):
    pieces = [p.strip() for p in header.split(";")]
    if not pieces or "=" not in pieces[0]:
        return
    name, value = pieces[0].split("=", 1)
    attrs = {}
    rest = {}
    for piece in pieces[1:]:
        key, _, val = piece.partition("=")
        low = key.strip().lower()
        if low in ("path", "domain", "max-age", "expires", "secure", "version", "comment"):
            attrs[low] = val.strip() if _ else True
        elif key:
            rest[key.strip()] = val.strip() if _ else None
    path = attrs.get("path") if isinstance(attrs.get("path"), str) else None
    if not path:
        path = request_path[:request_path.rfind("/")] or "/"
        path_specified = False
    else:
        path_specified = True
    domain = attrs.get("domain") if isinstance(attrs.get("domain"), str) else None
    if domain:
        domain = domain.lower()
        if not domain.startswith("."):
            domain = "." + domain
        domain_specified = True
    else:
        domain = host
        domain_specified = False
    if attrs.get("max-age") in ("0", "-1"):
        jar._cookies.get(domain, {}).get(path, {}).pop(name.strip(), None)
        return
    jar.set_cookie(Cookie(name=name.strip(), value=value.strip(), domain=domain,
                          domain_specified=domain_specified,
                          domain_initial_dot=domain.startswith("."), path=path,
                          path_specified=path_specified, secure="secure" in attrs,
                          rest=rest))


def remove_cookie_by_name(cookiejar, name, domain=None, path=None):
    clearables = []
    for cookie in cookiejar:
        if cookie.name != name:
            continue
        if domain is not None and domain != cookie.domain:
            continue
        if path is not None and path != cookie.path:
            continue
        clearables.append((cookie.domain, cookie.path, cookie.name))
    for domain, path, name in clearables:
        cookiejar.clear(domain, path, name)


def create_cookie(name, value, **kwargs):
    result = {
        "version": 0, "name": name, "value": value, "port": None, "domain": "", "path": "/",
        "secure": False, "expires": None, "discard": True, "comment": None,
        "comment_url": None, "rest": {"HttpOnly": None}, "rfc2109": False,
    }
    badargs = set(kwargs) - set(result)
    if badargs:
        raise TypeError(
            f"create_cookie() got unexpected keyword arguments: {list(badargs)}"
        )
    result.update(kwargs)
    result["port_specified"] = bool(result["port"])
    result["domain_specified"] = bool(result["domain"])
    result["domain_initial_dot"] = result["domain"].startswith(".")
    result["path_specified"] = bool(result["path"])
    return Cookie(**result)


def cookiejar_from_dict(cookie_dict, cookiejar=None, overwrite=True):
    if cookiejar is None:
        cookiejar = RequestsCookieJar()
    if cookie_dict is not None:
        names_from_jar = [cookie.name for cookie in cookiejar]
        for name in cookie_dict:
            if overwrite or (name not in names_from_jar):
                cookiejar.set_cookie(create_cookie(name, cookie_dict[name]))
    return cookiejar


def merge_cookies(cookiejar, cookies):
    if not isinstance(cookiejar, RequestsCookieJar):
        raise ValueError("You can only merge into CookieJar")
    if isinstance(cookies, dict):
        cookiejar = cookiejar_from_dict(cookies, cookiejar=cookiejar, overwrite=False)
    elif isinstance(cookies, RequestsCookieJar):
        cookiejar.update(cookies)
    return cookiejar
