//! The lambda layer: boot a FastAPI app once, handle many requests with state
//! persisting between them, stream a generator's chunks lazily, snapshot an app.

use pyex::fs::Fs;
use pyex::lambda::{App, Request};
use pyex::{Ctx, Options};

fn request(method: &str, path: &str, body: &str) -> Request {
    Request {
        method: method.to_owned(),
        path: path.to_owned(),
        body: body.as_bytes().to_vec(),
        ..Request::default()
    }
}

fn body(app: &mut App, method: &str, path: &str, sent: &str) -> (u16, String) {
    let response = app.handle(&request(method, path, sent)).expect("handled");
    (
        response.status,
        String::from_utf8(response.body).expect("utf-8"),
    )
}

const TODO_APP: &str = include_str!("../../examples/todo_app.py");

#[test]
fn seed_todo_app_keeps_state_in_its_filesystem() {
    let ctx = Ctx::new(Options {
        fs: Fs::memory::<&str, &str>([]),
        ..Options::default()
    });
    let mut app = App::boot(TODO_APP, ctx).expect("boots");
    let (status, created) = body(&mut app, "POST", "/todos", r#"{"title": "Buy milk"}"#);
    assert_eq!(status, 200);
    assert!(
        created.contains(r#""title":"Buy milk","done":false"#),
        "{created}"
    );
    let id = &created[7..43];
    let (_, listed) = body(&mut app, "GET", "/todos", "");
    assert_eq!(listed, format!("[{created}]"));
    let (_, updated) = body(
        &mut app,
        "PUT",
        &format!("/todos/{id}"),
        r#"{"done": true}"#,
    );
    assert!(updated.ends_with(r#""done":true}"#), "{updated}");
    let (_, missing) = body(&mut app, "GET", "/todos/nope", "");
    assert_eq!(missing, "null");
    let (_, deleted) = body(&mut app, "DELETE", &format!("/todos/{id}"), "");
    assert_eq!(deleted, r#"{"deleted":true}"#);
    let stored = app
        .ctx()
        .fs()
        .as_memory()
        .expect("memory fs")
        .files()
        .count();
    assert_eq!(stored, 1, "todos.json written");
}

const EVENTS: &str = r#"
from fastapi import FastAPI, StreamingResponse

app = FastAPI()
steps = []

@app.get("/events")
def events(n: int = 100):
    def generate():
        for i in range(n):
            steps.append(i)
            yield f"data: {i}\n\n"
    return StreamingResponse(generate(), media_type="text/event-stream")

@app.get("/steps")
def get_steps():
    return steps
"#;

#[test]
fn stream_chunks_run_one_generator_step_each() {
    let mut app = App::boot(EVENTS, Ctx::new(Options::default())).expect("boots");
    let response = app
        .handle_stream(&request("GET", "/events", ""))
        .expect("ok");
    assert_eq!(response.status, 200);
    assert_eq!(
        response.headers,
        vec![(
            "content-type".to_owned(),
            "text/event-stream; charset=utf-8".to_owned()
        )]
    );
    let stream = response.stream.expect("a stream");
    assert_eq!(
        body(&mut app, "GET", "/steps", "").1,
        "[]",
        "nothing ran yet"
    );
    for i in 0..3 {
        let chunk = app.next_chunk(stream).expect("ok").expect("a chunk");
        assert_eq!(chunk, format!("data: {i}\n\n").into_bytes());
    }
    assert_eq!(body(&mut app, "GET", "/steps", "").1, "[0,1,2]");
    app.close_stream(stream).expect("closed");
    assert_eq!(app.next_chunk(stream).expect("ok"), None);
}

#[test]
fn stream_ends_and_handle_collects_it() {
    let mut app = App::boot(EVENTS, Ctx::new(Options::default())).expect("boots");
    let stream = app
        .handle_stream(&request("GET", "/events?n=2", ""))
        .expect("ok")
        .stream
        .expect("a stream");
    assert!(app.next_chunk(stream).expect("ok").is_some());
    assert!(app.next_chunk(stream).expect("ok").is_some());
    assert_eq!(app.next_chunk(stream).expect("ok"), None);
    let (status, whole) = body(&mut app, "GET", "/events?n=3", "");
    assert_eq!(
        (status, whole.as_str()),
        (200, "data: 0\n\ndata: 1\n\ndata: 2\n\n")
    );
    // a non-streaming response through handle_stream comes whole
    let plain = app
        .handle_stream(&request("GET", "/steps", ""))
        .expect("ok");
    assert_eq!(plain.stream, None);
    assert_eq!(plain.body, b"[0,1,0,1,2]");
}

#[test]
fn snapshot_restores_app_state_and_a_suspended_stream() {
    let mut app = App::boot(EVENTS, Ctx::new(Options::default())).expect("boots");
    let stream = app
        .handle_stream(&request("GET", "/events", ""))
        .expect("ok")
        .stream
        .expect("a stream");
    app.next_chunk(stream).expect("ok");
    let mut copy = App::restore(&app.snapshot()).expect("restores");
    assert_eq!(
        copy.next_chunk(stream).expect("ok"),
        Some(b"data: 1\n\n".to_vec())
    );
    assert_eq!(body(&mut copy, "GET", "/steps", "").1, "[0,1]");
    assert_eq!(
        body(&mut app, "GET", "/steps", "").1,
        "[0]",
        "original untouched"
    );
}

#[test]
fn validation_errors_and_unknown_routes_answer_like_fastapi() {
    let source = "
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    price: float

@app.post('/items')
def add(item: Item):
    return item
";
    let mut app = App::boot(source, Ctx::new(Options::default())).expect("boots");
    let (status, text) = body(
        &mut app,
        "POST",
        "/items",
        r#"{"name": "x", "price": "abc"}"#,
    );
    assert_eq!(status, 422);
    assert_eq!(
        text,
        r#"{"detail":[{"type":"float_parsing","loc":["body","price"],"msg":"Input should be a valid number, unable to parse string as a number","input":"abc"}]}"#
    );
    assert_eq!(
        body(&mut app, "GET", "/x", ""),
        (404, r#"{"detail":"Not Found"}"#.to_owned())
    );
    assert_eq!(
        body(&mut app, "GET", "/items", ""),
        (405, r#"{"detail":"Method Not Allowed"}"#.to_owned())
    );
}

#[test]
fn boot_reports_program_errors_and_a_missing_app() {
    let error = App::boot("1 / 0", Ctx::new(Options::default())).expect_err("fails");
    assert_eq!(error.kind, "ZeroDivisionError");
    let error = App::boot("x = 1", Ctx::new(Options::default())).expect_err("fails");
    assert_eq!(error.message, "the program created no FastAPI app");
}

#[test]
fn handler_crash_is_a_500_with_the_traceback_on_stderr() {
    let source = "
import fastapi
app = fastapi.FastAPI()

@app.get('/boom')
def boom():
    return {}['missing']
";
    let mut app = App::boot(source, Ctx::new(Options::default())).expect("boots");
    assert_eq!(
        body(&mut app, "GET", "/boom", ""),
        (500, "Internal Server Error".to_owned())
    );
    assert!(app.ctx().stderr().contains("KeyError: 'missing'"));
}

#[test]
fn async_handlers_await_host_functions_concurrently() {
    let source = r#"
import asyncio
import auth
from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

app = FastAPI()

@app.post("/users")
async def users(request: Request):
    ids = await request.json()
    found = await asyncio.gather(*[auth.get_user(i) for i in ids], return_exceptions=True)
    return {"users": [f if isinstance(f, str) else repr(f) for f in found]}

@app.get("/me")
async def me():
    return {"me": await auth.get_user(1), "ping": auth.ping()}

async def ticks():
    for i in range(3):
        await asyncio.sleep(1)
        yield f"tick {i}\n"

@app.get("/ticks")
async def tick_stream():
    return StreamingResponse(ticks())
"#;
    let options = Options {
        host_modules: vec![pyex::HostModule::new("auth", &["ping"]).with_async(&["get_user"])],
        ..Options::default()
    };
    let mut app = App::boot(source, Ctx::new(options)).expect("boots");
    let mut batches = Vec::new();
    let mut host = |calls: &[pyex::HostCall]| {
        batches.push(calls.len());
        calls
            .iter()
            .map(|c| {
                let reply = match (c.function.as_str(), c.args.as_slice()) {
                    ("ping", []) => pyex::Reply::Value(pyex::HostValue::Str("pong".into())),
                    (_, [pyex::HostValue::Int(i)]) if *i > 0 => {
                        pyex::Reply::Value(pyex::HostValue::Str(format!("user{i}")))
                    }
                    _ => pyex::Reply::Error {
                        kind: "LookupError".into(),
                        message: "no such user".into(),
                    },
                };
                (c.id, reply)
            })
            .collect()
    };
    let response = app
        .handle_with_host(&request("POST", "/users", "[3, 1, 0, 2]"), &mut host)
        .expect("handled");
    assert_eq!(
        String::from_utf8(response.body).unwrap(),
        r#"{"users":["user3","user1","LookupError('no such user')","user2"]}"#
    );
    let response = app
        .handle_with_host(&request("GET", "/me", ""), &mut host)
        .expect("handled");
    assert_eq!(
        String::from_utf8(response.body).unwrap(),
        r#"{"me":"user1","ping":"pong"}"#
    );
    assert_eq!(batches, [4, 1, 1]);
    let (_, ticks) = body(&mut app, "GET", "/ticks", "");
    assert_eq!(ticks, "tick 0\ntick 1\ntick 2\n");
    let streamed = app
        .handle_stream(&request("GET", "/ticks", ""))
        .expect("handled");
    let stream = streamed.stream.expect("a stream");
    assert_eq!(app.next_chunk(stream).unwrap(), Some(b"tick 0\n".to_vec()));
    assert_eq!(app.next_chunk(stream).unwrap(), Some(b"tick 1\n".to_vec()));
}
