//! What crosses between the host and `fastapi._lambda_handle`: [`Request`]
//! and [`Response`], and their dict forms on the Python side.

use crate::exc::PyError;
use crate::host::HostValue;

/// One HTTP request as the host sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Request {
    /// `GET`, `POST`, ... (case-insensitive).
    pub method: String,
    /// The path, optionally with `?query` (then `query` should be empty).
    pub path: String,
    /// The query string without `?`.
    pub query: String,
    /// Header names and values, in order (names are matched case-insensitively).
    pub headers: Vec<(String, String)>,
    /// The raw body.
    pub body: Vec<u8>,
}

/// The app's answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Response {
    /// The HTTP status code.
    pub status: u16,
    /// Header names (lower-case, as Starlette sends them) and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body (empty for a pending stream).
    pub body: Vec<u8>,
    /// For a JSON response: the content before serialisation (what `body`
    /// decodes to), so a host can hand out terms without a JSON parser.
    pub json: Option<HostValue>,
    /// For [`App::handle_stream`] of a `StreamingResponse`: the stream to pull
    /// chunks from with [`App::next_chunk`]; `None` when `body` is complete.
    pub stream: Option<i64>,
}

fn str_value(s: &str) -> HostValue {
    HostValue::Str(s.to_owned())
}

/// The request as the dict `fastapi._lambda_handle` reads.
pub(super) fn request_value(request: &Request) -> HostValue {
    let headers = request
        .headers
        .iter()
        .map(|(k, v)| HostValue::Tuple(vec![str_value(k), str_value(v)]))
        .collect();
    HostValue::Dict(vec![
        (str_value("method"), str_value(&request.method)),
        (str_value("path"), str_value(&request.path)),
        (str_value("query"), str_value(&request.query)),
        (str_value("headers"), HostValue::List(headers)),
        (str_value("body"), HostValue::Bytes(request.body.clone())),
    ])
}

/// A [`Response`] from the dict `fastapi._lambda_handle` returns.
pub(super) fn response_from(value: &HostValue) -> Result<Response, PyError> {
    let HostValue::Dict(items) = value else {
        return Err(super::app::lambda_error("the app returned no response"));
    };
    let mut response = Response::default();
    for (key, item) in items {
        let HostValue::Str(key) = key else { continue };
        match (key.as_str(), item) {
            ("status", HostValue::Int(code)) => {
                response.status = u16::try_from(*code).unwrap_or(500);
            }
            ("headers", HostValue::List(pairs)) => response.headers = header_pairs(pairs),
            ("body", HostValue::Bytes(b)) => response.body.clone_from(b),
            ("body", HostValue::Str(s)) => response.body = s.clone().into_bytes(),
            ("stream", HostValue::Int(id)) => response.stream = Some(*id),
            ("json", content) => response.json = Some(content.clone()),
            _ => {}
        }
    }
    Ok(response)
}

fn header_pairs(pairs: &[HostValue]) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter_map(|pair| match pair {
            HostValue::Tuple(kv) | HostValue::List(kv) => match kv.as_slice() {
                [HostValue::Str(k), HostValue::Str(v)] => Some((k.clone(), v.clone())),
                _ => None,
            },
            _ => None,
        })
        .collect()
}
