//! The URL allow-list (`pyex::io::url`): URL tricks that try to escape a
//! grant are refused, the ordinary spellings of an allowed URL are allowed.

use pyex::io::url::{allows, check_network, parse};
use pyex::io::{Grants, NetworkGrant};

fn grant(prefix: &str) -> NetworkGrant {
    NetworkGrant::new(prefix)
}

/// `(grant prefix, method, url)` that must be refused, with why.
const REFUSED: &[(&str, &str, &str, &str)] = &[
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com@evil.org/v1/",
        "userinfo: the host is evil.org",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://user:pw@api.example.com/v1/",
        "userinfo even on the right host",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://evil.org\\@api.example.com/v1/",
        "backslash before @",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com.evil.org/v1/",
        "granted host as a prefix of another",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://evil-api.example.com/v1/",
        "another host of the domain",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com:8443/v1/",
        "another port",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com:/v1/",
        "empty port",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "http://api.example.com/v1/",
        "http instead of https",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "http://api.example.com:443/v1/",
        "http on the https port",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "ftp://api.example.com/v1/",
        "other scheme",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/../admin",
        "dot-dot out of the prefix",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/%2e%2e/admin",
        "encoded dot-dot",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/.%2E/admin",
        "half-encoded dot-dot",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/..%2Fadmin",
        "encoded slash",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/..;/admin",
        "dot-dot with a parameter (Tomcat)",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1\\..\\admin",
        "backslashes as separators (WHATWG)",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1//../admin",
        "empty segment before dot-dot",
    ),
    (
        "https://api.example.com/v1",
        "GET",
        "https://api.example.com/v10",
        "/v1 is not a prefix of /v10",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1",
        "/v1 is not under /v1/",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/admin#/v1/",
        "the fragment is not the path",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/admin?/v1/",
        "the query is not the path",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com./v1/",
        "trailing dot in the host",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api%2Eexample.com/v1/",
        "percent-encoded host",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.exam\tple.com/v1/",
        "tab (WHATWG strips it)",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/\nadmin",
        "newline",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        " https://api.example.com/v1/",
        "leading space",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://ａｐｉ.example.com/v1/",
        "fullwidth host (IDNA maps it)",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https:api.example.com/v1/",
        "no // after the scheme",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https:///api.example.com/v1/",
        "extra slash after the scheme",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/%zz",
        "invalid percent-encoding",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/?q=%",
        "invalid percent-encoding in the query",
    ),
    (
        "https://api.example.com/v1/",
        "POST",
        "https://api.example.com/v1/",
        "methods default to GET and HEAD",
    ),
    (
        "https://api.example.com/v1/",
        "GET\r\nX",
        "https://api.example.com/v1/",
        "a method that is not a token",
    ),
    (
        "http://127.0.0.1:8080/",
        "GET",
        "http://2130706433:8080/",
        "decimal IPv4",
    ),
    (
        "http://127.0.0.1:8080/",
        "GET",
        "http://0x7f.0.0.1:8080/",
        "hex IPv4",
    ),
    (
        "http://127.0.0.1:8080/",
        "GET",
        "http://0177.0.0.1:8080/",
        "octal IPv4",
    ),
    (
        "http://127.0.0.1:8080/",
        "GET",
        "http://127.1:8080/",
        "short IPv4",
    ),
    (
        "http://127.0.0.1:8080/",
        "GET",
        "http://[::ffff:127.0.0.1]:8080/",
        "IPv4-mapped IPv6",
    ),
    (
        "http://127.0.0.1:8080/",
        "GET",
        "http://localhost:8080/",
        "another name of the same address",
    ),
    (
        "http://[::1]:8080/",
        "GET",
        "http://[::1%25eth0]:8080/",
        "IPv6 zone id",
    ),
    (
        "http://[::1]:8080/",
        "GET",
        "http://[::1]:8081/",
        "IPv6 on another port",
    ),
    (
        "http://[::1]:8080/",
        "GET",
        "http://[::2]:8080/",
        "another IPv6 address",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com:99999/v1/",
        "port out of range",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com:0/v1/",
        "port zero",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://[api.example.com]/v1/",
        "a name as an IPv6 literal",
    ),
    (
        "https://api.example.com/v1/?x=1",
        "GET",
        "https://api.example.com/v1/?x=1",
        "a grant with a query allows nothing",
    ),
];

#[test]
fn url_tricks_are_refused() {
    for (prefix, method, url, why) in REFUSED {
        assert!(
            !allows(&grant(prefix), method, url),
            "allowed {method} {url:?} under {prefix}: {why}"
        );
        let grants = Grants {
            network: vec![grant(prefix)],
            ..Grants::default()
        };
        let message = check_network(&grants, method, url).expect_err(why);
        assert!(message.starts_with("network access denied: "), "{message}");
    }
}

/// `(grant prefix, method, url)` that must be allowed.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/users",
    ),
    (
        "https://api.example.com/v1/",
        "get",
        "https://api.example.com/v1/users",
    ),
    (
        "https://api.example.com/v1/",
        "HEAD",
        "https://api.example.com/v1/",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "HTTPS://API.Example.COM/v1/users",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com:443/v1/users",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com:0443/v1/users",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/users?page=2&q=a%20b",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/users#top",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/x/../users",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/./users",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/%76%31/users",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/caf%C3%A9",
    ),
    (
        "https://api.example.com/v1/",
        "GET",
        "https://api.example.com/v1/café",
    ),
    (
        "https://api.example.com/v1",
        "GET",
        "https://api.example.com/v1",
    ),
    (
        "https://api.example.com/v1",
        "GET",
        "https://api.example.com/v1/",
    ),
    (
        "https://api.example.com/v1",
        "GET",
        "https://api.example.com/v1/x",
    ),
    (
        "https://api.example.com",
        "GET",
        "https://api.example.com/anything/at/all",
    ),
    ("https://api.example.com/", "GET", "https://api.example.com"),
    (
        "http://127.0.0.1:8080/",
        "GET",
        "http://127.0.0.1:8080/json",
    ),
    ("http://[::1]:8080/", "GET", "http://[0:0::1]:8080/x"),
    ("http://example.com/", "GET", "http://example.com:80/"),
];

#[test]
fn ordinary_spellings_are_allowed() {
    for (prefix, method, url) in ALLOWED {
        assert!(
            allows(&grant(prefix), method, url),
            "refused {method} {url:?} under {prefix}: {:?}",
            parse(url)
        );
    }
}

#[test]
fn methods_listed_in_a_grant_replace_the_default() {
    let post = NetworkGrant {
        methods: vec!["POST".into()],
        ..grant("https://api.example.com/v1/")
    };
    assert!(allows(&post, "POST", "https://api.example.com/v1/items"));
    assert!(allows(&post, "post", "https://api.example.com/v1/items"));
    assert!(!allows(&post, "GET", "https://api.example.com/v1/items"));
    let grants = Grants {
        network: vec![post],
        ..Grants::default()
    };
    assert_eq!(
        check_network(&grants, "DELETE", "https://api.example.com/v1/items").unwrap_err(),
        "network access denied: DELETE https://api.example.com/v1/items (method not granted for this URL)"
    );
    assert_eq!(
        check_network(&grants, "POST", "https://evil.org/").unwrap_err(),
        "network access denied: POST https://evil.org/ (no granted URL prefix matches)"
    );
}

#[test]
fn the_first_matching_grant_is_returned() {
    let mut read = grant("https://api.example.com/");
    read.headers = vec![("X-Read".into(), "1".into())];
    let mut write = NetworkGrant {
        methods: vec!["POST".into()],
        ..grant("https://api.example.com/v1/")
    };
    write.headers = vec![("X-Write".into(), "1".into())];
    let grants = Grants {
        network: vec![read, write],
        ..Grants::default()
    };
    let found = check_network(&grants, "POST", "https://api.example.com/v1/x").unwrap();
    assert_eq!(found.headers[0].0, "X-Write");
    let found = check_network(&grants, "GET", "https://api.example.com/v1/x").unwrap();
    assert_eq!(found.headers[0].0, "X-Read");
}

#[test]
fn canonical_urls_are_what_every_parser_reads_alike() {
    let cases = [
        (
            "HTTPS://API.Example.COM:443/v1/x/../%7euser?q=caf\u{e9}#frag",
            "https://api.example.com/v1/~user?q=caf%C3%A9",
        ),
        ("http://[0:0::1]:8080", "http://[::1]:8080/"),
        (
            "http://example.com/a%2a/\"q\"",
            "http://example.com/a%2A/%22q%22",
        ),
        ("http://example.com/v1/.", "http://example.com/v1/"),
        ("http://example.com/..", "http://example.com/"),
    ];
    for (url, canonical) in cases {
        assert_eq!(
            parse(url).map(|u| u.canonical()),
            Ok(canonical.to_owned()),
            "{url}"
        );
    }
}
