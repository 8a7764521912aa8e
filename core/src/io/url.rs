//! The URL allow-list: a strict URL parser and the component-wise match of a
//! URL against the host's [`NetworkGrant`]s.
//!
//! A grant `https://api.example.com/v1/` allows a URL with the same scheme,
//! the same host (ASCII, case-insensitive), the same port (default ports
//! filled in) and a path that is segment-wise under `/v1/` after
//! normalisation (`.`/`..` resolved, unreserved percent-escapes decoded):
//! `https://api.example.com.evil.org/`, `https://api.example.com/v1/../admin`
//! and `https://api.example.com/v10` do not match.
//!
//! ## Refused as ambiguous
//! The gate must agree with whatever parses the URL later (the HTTP driver
//! sends [`ParsedUrl::canonical`]; `requests`/urllib3 under CPython, and the
//! server, parse too), so anything two parsers read differently is refused:
//! userinfo (`user@host`: `https://api.example.com@evil.org/`), control
//! characters and spaces (WHATWG silently strips tab and newline, urllib3
//! does not), backslashes (WHATWG reads `\` as `/`, urllib3 does not), a
//! missing `//` or an extra `/` after the scheme, percent-escapes in the host
//! or invalid ones anywhere, non-ASCII hosts (WHATWG maps them through IDNA,
//! `ｅｘａｍｐｌｅ.com` becoming `example.com`: write the `xn--` form), a
//! trailing dot or empty label in the host, numeric hosts that are not a
//! plain dotted quad (`0x7f.1`, `2130706433`, `0177.0.0.1`: WHATWG and
//! `inet_aton` read them as IPv4 addresses), an empty or zero port, IPv6 zone
//! ids, encoded dot segments (`%2e%2e`: WHATWG resolves them, urllib3 and
//! many servers do not), encoded slashes (`%2F`, `%5C`), dot segments with
//! parameters (`..;`, which Tomcat resolves) and empty path segments (`//`,
//! which servers merge before resolving `..`). Only `http` and `https` are
//! allowed. The fragment is never sent, so it is ignored.

use std::fmt::Write as _;
use std::net::Ipv6Addr;

use super::{Grants, NetworkGrant};

/// A URL as the allow-list sees it: normalised components.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedUrl {
    /// `"http"` or `"https"`.
    pub scheme: &'static str,
    /// Lower-case host name, dotted-quad IPv4, or `[IPv6]` in canonical form.
    pub host: String,
    /// The port, the scheme's default filled in.
    pub port: u16,
    /// The path's segments after the first `/`, normalised (unreserved
    /// escapes decoded, other bytes escaped in upper-case hex, dot segments
    /// resolved); a trailing `""` stands for a trailing `/`.
    pub segments: Vec<String>,
    /// The query (without `?`), escapes checked, non-ASCII escaped.
    pub query: Option<String>,
}

impl ParsedUrl {
    /// The path: `/` followed by the segments joined with `/`.
    pub fn path(&self) -> String {
        format!("/{}", self.segments.join("/"))
    }

    /// The URL every parser reads the same way: what a driver should send.
    pub fn canonical(&self) -> String {
        let default = if self.scheme == "https" { 443 } else { 80 };
        let port = if self.port == default {
            String::new()
        } else {
            format!(":{}", self.port)
        };
        let query = self
            .query
            .as_ref()
            .map_or_else(String::new, |q| format!("?{q}"));
        format!(
            "{}://{}{port}{}{query}",
            self.scheme,
            self.host,
            self.path()
        )
    }
}

/// Parses `url` strictly (see the module doc), or says why it is refused.
pub fn parse(url: &str) -> Result<ParsedUrl, String> {
    if let Some(c) = url.chars().find(|c| c.is_control() || c.is_whitespace()) {
        return Err(format!("the URL contains the character {c:?}"));
    }
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let (scheme, rest) = url
        .split_once(':')
        .ok_or_else(|| "the URL has no scheme".to_owned())?;
    let scheme = match scheme.to_ascii_lowercase().as_str() {
        "http" => "http",
        "https" => "https",
        other => {
            return Err(format!(
                "scheme {other:?} is not allowed (only http and https)"
            ))
        }
    };
    let rest = rest
        .strip_prefix("//")
        .ok_or_else(|| "the scheme is not followed by //".to_owned())?;
    let before_query = rest.split_once('?').map_or(rest, |(b, _)| b);
    if before_query.contains('\\') {
        return Err("the URL contains a backslash".to_owned());
    }
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, rest) = rest.split_at(authority_end);
    if authority.contains('@') {
        return Err("the URL contains userinfo (@)".to_owned());
    }
    let (host, port) = parse_authority(authority, scheme)?;
    let (path, query) = match rest.split_once('?') {
        Some((path, query)) => (path, Some(escape_query(query)?)),
        None => (rest, None),
    };
    Ok(ParsedUrl {
        scheme,
        host,
        port,
        segments: parse_path(path)?,
        query,
    })
}

/// The host (normalised) and port (default filled in) of `authority`.
fn parse_authority(authority: &str, scheme: &str) -> Result<(String, u16), String> {
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (address, after) = v6
            .split_once(']')
            .ok_or_else(|| "unterminated IPv6 address".to_owned())?;
        let address: Ipv6Addr = address
            .parse()
            .map_err(|_| format!("invalid IPv6 address {address:?}"))?;
        let port = match after {
            "" => None,
            _ => Some(
                after
                    .strip_prefix(':')
                    .ok_or_else(|| "junk after the IPv6 address".to_owned())?,
            ),
        };
        (format!("[{address}]"), port)
    } else {
        let (name, port) = match authority.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (authority, None),
        };
        (parse_host_name(name)?, port)
    };
    let port = match port {
        None => {
            if scheme == "https" {
                443
            } else {
                80
            }
        }
        Some(digits) => parse_port(digits)?,
    };
    Ok((host, port))
}

/// A port number: 1 to 5 ASCII digits, 1..=65535.
fn parse_port(digits: &str) -> Result<u16, String> {
    if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("invalid port {digits:?}"));
    }
    match digits.parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(format!("invalid port {digits:?}")),
    }
}

/// A host name, lower-cased; numeric hosts only as a plain dotted quad.
fn parse_host_name(name: &str) -> Result<String, String> {
    if name.is_empty() {
        return Err("the URL has an empty host".to_owned());
    }
    if !name.is_ascii() {
        return Err(format!(
            "non-ASCII host {name:?} (write its IDNA xn-- form)"
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')))
    {
        return Err(format!("the host contains {c:?}"));
    }
    let name = name.to_ascii_lowercase();
    let labels: Vec<&str> = name.split('.').collect();
    if labels.iter().any(|l| l.is_empty()) {
        return Err(format!(
            "host {name:?} has an empty label (or a trailing dot)"
        ));
    }
    if name.len() > 253 || labels.iter().any(|l| l.len() > 63) {
        return Err(format!("host {name:?} is too long"));
    }
    let last = labels.last().copied().unwrap_or_default();
    let numeric = last.bytes().all(|b| b.is_ascii_digit())
        || (last.starts_with("0x") && last[2..].bytes().all(|b| b.is_ascii_hexdigit()));
    if numeric && !is_dotted_quad(&labels) {
        return Err(format!(
            "numeric host {name:?} is not a plain dotted-quad IPv4 address"
        ));
    }
    Ok(name)
}

/// Whether `labels` are four decimal numbers 0..=255 without leading zeros.
fn is_dotted_quad(labels: &[&str]) -> bool {
    labels.len() == 4
        && labels.iter().all(|l| {
            l.bytes().all(|b| b.is_ascii_digit())
                && (*l == "0" || !l.starts_with('0'))
                && l.parse::<u8>().is_ok()
        })
}

/// The normalised segments of `path` (empty or starting with `/`).
fn parse_path(path: &str) -> Result<Vec<String>, String> {
    let raw = path.strip_prefix('/').unwrap_or(path);
    let raw: Vec<&str> = raw.split('/').collect();
    let mut segments: Vec<String> = Vec::new();
    for (i, segment) in raw.iter().enumerate() {
        let last = i + 1 == raw.len();
        let (segment, encoded_dot) = normalise_segment(segment)?;
        let dots = segment.split(';').next().unwrap_or_default();
        if matches!(dots, "." | "..") && (encoded_dot || dots != segment) {
            return Err(format!("ambiguous dot segment {:?} in the path", raw[i]));
        }
        match segment.as_str() {
            "." => {}
            ".." => {
                segments.pop();
            }
            "" if !last => return Err("the path has an empty segment (//)".to_owned()),
            _ => segments.push(segment.clone()),
        }
        if last && matches!(segment.as_str(), "." | "..") {
            segments.push(String::new());
        }
    }
    if segments.is_empty() {
        segments.push(String::new());
    }
    Ok(segments)
}

/// A path segment with unreserved escapes decoded and everything else that
/// is not a plain path character escaped (upper-case hex); whether a `.` in
/// it came from an escape.
fn normalise_segment(segment: &str) -> Result<(String, bool), String> {
    let mut out = String::with_capacity(segment.len());
    let mut encoded_dot = false;
    let bytes = segment.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let byte = hex_pair(bytes.get(i + 1..i + 3))
                .ok_or_else(|| format!("invalid percent-encoding in {segment:?}"))?;
            if matches!(byte, b'/' | b'\\') {
                return Err(format!("an encoded slash in the path segment {segment:?}"));
            }
            encoded_dot |= byte == b'.';
            if is_unreserved(byte) {
                out.push(char::from(byte));
            } else {
                let _ = write!(out, "%{byte:02X}");
            }
            i += 3;
        } else {
            push_byte(&mut out, b);
            i += 1;
        }
    }
    Ok((out, encoded_dot))
}

/// Whether `byte` is unreserved (RFC 3986): its escape means the same.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Appends the literal `byte` of a segment: itself if it is a plain path
/// character (unreserved, sub-delims, `:` and `@`), else its escape.
fn push_byte(out: &mut String, byte: u8) {
    let plain = is_unreserved(byte) || b"!$&'()*+,;=:@".contains(&byte);
    if plain {
        out.push(char::from(byte));
    } else {
        let _ = write!(out, "%{byte:02X}");
    }
}

/// The byte of two hex digits.
fn hex_pair(pair: Option<&[u8]>) -> Option<u8> {
    let pair = std::str::from_utf8(pair?).ok()?;
    if !pair.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u8::from_str_radix(pair, 16).ok()
}

/// The query with its escapes checked and non-ASCII bytes escaped.
fn escape_query(query: &str) -> Result<String, String> {
    let bytes = query.as_bytes();
    let mut out = String::with_capacity(query.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'%' && hex_pair(bytes.get(i + 1..i + 3)).is_none() {
            return Err("invalid percent-encoding in the query".to_owned());
        }
        if b.is_ascii() && !matches!(b, b'"' | b'<' | b'>' | b'`' | b'{' | b'}') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    Ok(out)
}

/// Whether `grant` allows `method` on `url`: same scheme, host and port,
/// path segment-wise under the grant's, method granted. A grant whose prefix
/// does not parse, or has a query, allows nothing.
pub fn allows(grant: &NetworkGrant, method: &str, url: &str) -> bool {
    match parse(url) {
        Ok(url) => is_valid_method(method) && allows_parsed(grant, method, &url),
        Err(_) => false,
    }
}

/// [`allows`] for an already parsed URL.
fn allows_parsed(grant: &NetworkGrant, method: &str, url: &ParsedUrl) -> bool {
    let Ok(prefix) = parse(&grant.allowed_url_prefix) else {
        return false;
    };
    prefix.query.is_none()
        && prefix.scheme == url.scheme
        && prefix.host == url.host
        && prefix.port == url.port
        && path_under(&prefix.segments, &url.segments)
        && grant.allows_method(method)
}

/// Whether the path `segments` is under the grant's `prefix` segments:
/// `/v1` covers `/v1`, `/v1/` and `/v1/x`; `/v1/` covers `/v1/` and `/v1/x`.
fn path_under(prefix: &[String], segments: &[String]) -> bool {
    match prefix.split_last() {
        Some((last, dir)) if last.is_empty() => {
            segments.len() > dir.len() && segments[..dir.len()] == *dir
        }
        _ => segments.len() >= prefix.len() && segments[..prefix.len()] == *prefix,
    }
}

/// An HTTP method token: ASCII letters only (`GET`, `post`, ...).
fn is_valid_method(method: &str) -> bool {
    !method.is_empty() && method.len() <= 32 && method.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The grant that allows `method` on `url`, or the `PermissionError`
/// message naming what was refused (method, URL and why).
pub fn check_network<'g>(
    grants: &'g Grants,
    method: &str,
    url: &str,
) -> Result<&'g NetworkGrant, String> {
    let shown = url.escape_debug();
    let denied = |why: &str| format!("network access denied: {method} {shown} ({why})");
    if !is_valid_method(method) {
        return Err(denied("invalid method"));
    }
    let parsed = parse(url).map_err(|why| denied(&why))?;
    let method = method.to_ascii_uppercase();
    if let Some(grant) = grants
        .network
        .iter()
        .find(|g| allows_parsed(g, &method, &parsed))
    {
        return Ok(grant);
    }
    let url_only = grants.network.iter().any(|g| {
        let any_method = NetworkGrant {
            methods: vec![method.clone()],
            ..NetworkGrant::new(&g.allowed_url_prefix)
        };
        allows_parsed(&any_method, &method, &parsed)
    });
    Err(denied(if url_only {
        "method not granted for this URL"
    } else {
        "no granted URL prefix matches"
    }))
}
