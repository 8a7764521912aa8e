# urllib.parse: splitting, joining, quoting and query strings, as API clients use them.
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus,
                          urlencode, urljoin, urlparse, urlsplit, urlunparse, urlunsplit)

parts = urlsplit("https://user:pw@API.Example.com:8443/v1/items;p?q=1&q=2&empty=#top")
print(parts)
print(parts.scheme, parts.hostname, parts.port, parts.username, parts.password, parts.path)
print(parts._replace(query="x=1").geturl())
print(urlparse("http://example.com/a;params?b=1"))
print(urlunsplit(("https", "example.com", "/p q", "a=1", "frag")))
print(urlunparse(("http", "h", "/", "", "", "")))

base = "https://api.example.com/v1/users/42"
for ref in ("43", "../teams", "/root", "//cdn.example.com/x.js", "?page=2", "#bio",
            "https://other.org/", "", "./", "../../.."):
    print(repr(ref), "->", urljoin(base, ref))

print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c=d"))
print(unquote("caf%C3%A9%20%2F"), unquote_plus("a+b%2Bc"), unquote("%zz%41"))
print(urlencode({"q": "rust & python", "page": 2, "tags": ["a", "b"]}))
print(urlencode({"q": "rust & python", "tags": ["a", "b"]}, doseq=True))
print(urlencode([("k", "v1"), ("k", "v2"), ("empty", "")]), urlencode({"s": "é"}, encoding="latin-1"))
print(parse_qs("a=1&a=2&b=&c=x%20y"), parse_qs("a=1&b=", keep_blank_values=True))
print(parse_qsl("a=1&b=2;c=3"), parse_qsl("x=%E2%9C%93&y=a+b"))
for bad in ("http://[::1]:99999/", "http://[1.2.3.4]/", "http://[::1/"):
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError", e)
print(urlsplit("http://[::1]:8080/x").hostname, urlsplit("HTTP://Example.COM/").hostname)
