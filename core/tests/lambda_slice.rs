//! Sliced requests (`App::begin_handle_sliced`): a request started with a
//! time slice either ends within it or stops at a safe point for its host to
//! continue it elsewhere (`App::continue_handle`), with the same response a
//! request run in one go gives.

use std::time::Duration;

use pyex::lambda::{App, Request, Response, Step};
use pyex::{Ctx, HostModule, HostValue, Options, Reply};

const APP: &str = r#"
import store
from fastapi import FastAPI

app = FastAPI()

@app.get("/quick/{n}")
def quick(n: int):
    return {"n": n, "square": n * n}

@app.get("/count/{n}")
def count(n: int):
    total = 0
    for i in range(n):
        total += i % 7
    return {"n": n, "total": total}

@app.get("/garbage/{n}")
def garbage(n: int):
    kept = 0
    for i in range(n):
        row = [i, str(i), {"i": i}]
        kept += len(row)
    return {"kept": kept}

@app.get("/saved/{n}")
def saved(n: int):
    total = sum(i % 5 for i in range(n))
    return {"saved": store.save(total)}
"#;

fn app() -> App {
    let options = Options {
        host_modules: vec![HostModule::new("store", &["save"])],
        ..Options::default()
    };
    App::boot(APP, Ctx::new(options)).expect("boots")
}

fn get(path: &str) -> Request {
    Request {
        method: "GET".to_owned(),
        path: path.to_owned(),
        ..Request::default()
    }
}

fn text(response: &Response) -> String {
    String::from_utf8(response.body.clone()).expect("utf-8")
}

/// Drives a sliced request to its end, counting the slices it stopped at.
fn finish(app: &mut App, mut step: Step<Response>) -> (Response, usize) {
    let mut stops = 0;
    loop {
        step = match step {
            Step::Done(response) => return (response, stops),
            Step::Sliced => {
                stops += 1;
                app.continue_handle().expect("continues")
            }
            Step::Paused => {
                let replies = app
                    .pending_calls()
                    .iter()
                    .map(|call| (call.id, Reply::Value(HostValue::Str("ok".into()))))
                    .collect();
                app.resume_handle(replies).expect("resumes")
            }
        };
    }
}

#[test]
fn a_short_request_ends_within_its_slice() {
    let mut app = app();
    let step = app
        .begin_handle_sliced(&get("/quick/12"), false, Duration::from_millis(50))
        .expect("handled");
    let Step::Done(response) = step else {
        panic!("not done: {step:?}");
    };
    assert_eq!(text(&response), r#"{"n":12,"square":144}"#);
}

#[test]
fn a_long_request_stops_and_continues_to_the_same_response() {
    let mut whole = app();
    let expected = whole.handle(&get("/count/300000")).expect("handled");
    let mut sliced = app();
    let step = sliced
        .begin_handle_sliced(&get("/count/300000"), false, Duration::ZERO)
        .expect("handled");
    assert_eq!(step, Step::Sliced);
    let (response, stops) = finish(&mut sliced, step);
    assert_eq!(stops, 1, "one slice, then the rest in one go");
    assert_eq!(text(&response), text(&expected));
    assert_eq!(response.status, 200);
    // the app is whole again: the next request runs as usual
    assert_eq!(
        text(&sliced.handle(&get("/quick/3")).expect("handled")),
        r#"{"n":3,"square":9}"#
    );
}

#[test]
fn a_collection_due_stops_the_slice_before_it_runs() {
    let mut app = app();
    let step = app
        .begin_handle_sliced(&get("/garbage/200000"), false, Duration::from_hours(1))
        .expect("handled");
    assert_eq!(
        step,
        Step::Sliced,
        "the collection is left to the continuation"
    );
    let (response, _) = finish(&mut app, step);
    assert_eq!(text(&response), r#"{"kept":600000}"#);
}

#[test]
fn a_sliced_request_still_pauses_at_host_calls() {
    let mut app = app();
    let step = app
        .begin_handle_sliced(&get("/saved/100000"), false, Duration::ZERO)
        .expect("handled");
    assert_eq!(step, Step::Sliced);
    assert_eq!(app.continue_handle().expect("continues"), Step::Paused);
    assert_eq!(app.pending_calls()[0].function, "save");
    let (response, _) = finish(&mut app, Step::Paused);
    assert_eq!(text(&response), r#"{"saved":"ok"}"#);
}

#[test]
fn nothing_else_runs_before_a_sliced_request_is_continued() {
    let mut app = app();
    let step = app
        .begin_handle_sliced(&get("/count/300000"), false, Duration::ZERO)
        .expect("handled");
    assert_eq!(step, Step::Sliced);
    assert!(app.is_sliced());
    let refused = app.handle(&get("/quick/2")).expect_err("refused");
    assert!(refused.message.contains("sliced"), "{refused:?}");
    let (response, _) = finish(&mut app, step);
    assert!(text(&response).starts_with(r#"{"n":300000,"#));
    assert!(!app.is_sliced());
    assert!(app.continue_handle().is_err(), "nothing left to continue");
}
