//! The sql driver against a real PostgreSQL (`DATABASE_URL`, started by
//! `scripts/services/postgres.sh`; `make test` does). Without `DATABASE_URL`
//! these tests pass vacuously with a note, unless `PYEX_REQUIRE_SERVICES` is
//! set (CI), where a missing server is a failure.
#![cfg(feature = "io")]
#![expect(clippy::unwrap_used, reason = "tests")]

use pyex::io::sql::{perform, Session};
use pyex::io::Grants;
use pyex::{HostValue, Reply};

fn s(text: &str) -> HostValue {
    HostValue::Str(text.to_owned())
}

fn tag(name: &str, text: &str) -> HostValue {
    HostValue::Tuple(vec![s(name), s(text)])
}

/// Grants with capability `sql` and the server's `DATABASE_URL`, or `None`
/// (no server: the test is skipped, or fails under `PYEX_REQUIRE_SERVICES`).
fn grants() -> Option<Grants> {
    let Ok(url) = std::env::var("DATABASE_URL") else {
        assert!(
            std::env::var_os("PYEX_REQUIRE_SERVICES").is_none(),
            "DATABASE_URL is not set: run under scripts/services/postgres.sh"
        );
        eprintln!("io_sql: DATABASE_URL is not set, skipped");
        return None;
    };
    Some(Grants {
        capabilities: vec!["sql".to_owned()],
        env: vec![("DATABASE_URL".to_owned(), url)],
        ..Grants::default()
    })
}

fn query(session: &mut Session, grants: &Grants, statement: &str, params: Vec<HostValue>) -> Reply {
    let request = HostValue::Dict(vec![
        (s("statement"), s(statement)),
        (s("params"), HostValue::List(params)),
        (s("timeout"), HostValue::Float(5.0)),
    ]);
    perform(&request, grants, session)
}

fn field<'a>(value: &'a HostValue, name: &str) -> &'a HostValue {
    match value {
        HostValue::Dict(items) => items
            .iter()
            .find(|(k, _)| *k == s(name))
            .map(|(_, v)| v)
            .unwrap(),
        other => panic!("not a dict: {other:?}"),
    }
}

/// The rows of a reply (lists of values).
fn rows(reply: &Reply) -> Vec<Vec<HostValue>> {
    let Reply::Value(value) = reply else {
        panic!("{reply:?}")
    };
    let HostValue::List(rows) = field(value, "rows") else {
        panic!("{value:?}")
    };
    rows.iter()
        .map(|r| match r {
            HostValue::List(values) => values.clone(),
            other => panic!("{other:?}"),
        })
        .collect()
}

fn rowcount(reply: &Reply) -> i64 {
    let Reply::Value(value) = reply else {
        panic!("{reply:?}")
    };
    match field(value, "rowcount") {
        HostValue::Int(n) => *n,
        other => panic!("{other:?}"),
    }
}

/// The SQLSTATE of an error reply.
fn sqlstate(reply: &Reply) -> String {
    let Reply::Value(value) = reply else {
        panic!("{reply:?}")
    };
    match field(field(value, "error"), "sqlstate") {
        HostValue::Str(code) => code.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn typed_round_trip() {
    let Some(grants) = grants() else { return };
    let mut session = Session::default();
    let reply = query(
        &mut session,
        &grants,
        "SELECT $1::int4 AS i, $2 AS f, $3::numeric(10,2) AS n, $4::text AS t, $5 AS b, \
         $6::bytea AS raw, $7::timestamptz AS ts, $8::date AS d, $9::uuid AS u, \
         $10::jsonb AS j, $11::int[] AS arr, $12::text AS nothing, $13::interval AS iv",
        vec![
            HostValue::Int(42),
            HostValue::Float(2.5),
            tag("numeric", "3.14159"),
            s("héllo"),
            HostValue::Bool(true),
            HostValue::Bytes(vec![0, 1, 255]),
            tag("timestamptz", "2024-03-01T12:30:00.25+02:00"),
            tag("date", "2024-02-29"),
            tag("uuid", "12345678-1234-5678-1234-567812345678"),
            tag("json", "{\"a\": [1, 2]}"),
            HostValue::List(vec![HostValue::Int(1), HostValue::None, HostValue::Int(3)]),
            HostValue::None,
            tag("interval", "1 days 3600 seconds 5 microseconds"),
        ],
    );
    let row = &rows(&reply)[0];
    let ints = |v: &[i64]| v.iter().map(|i| HostValue::Int(*i)).collect::<Vec<_>>();
    let tagged = |name: &str, v: &[i64]| {
        let mut t = vec![s(name)];
        t.extend(ints(v));
        HostValue::Tuple(t)
    };
    assert_eq!(row[0], HostValue::Int(42));
    assert_eq!(row[1], HostValue::Float(2.5));
    assert_eq!(row[2], tag("numeric", "3.14"));
    assert_eq!(row[3], s("héllo"));
    assert_eq!(row[4], HostValue::Bool(true));
    assert_eq!(row[5], HostValue::Bytes(vec![0, 1, 255]));
    assert_eq!(
        row[6],
        tagged("timestamptz", &[2024, 3, 1, 10, 30, 0, 250_000])
    );
    assert_eq!(row[7], tagged("date", &[2024, 2, 29]));
    assert_eq!(row[8], tag("uuid", "12345678123456781234567812345678"));
    assert_eq!(row[9], tag("json", "{\"a\": [1, 2]}"));
    assert_eq!(
        row[10],
        HostValue::List(vec![HostValue::Int(1), HostValue::None, HostValue::Int(3)])
    );
    assert_eq!(row[11], HostValue::None);
    assert_eq!(row[12], tagged("interval", &[1, 3600, 5]));
}

#[test]
fn rowcount_errors_and_transactions() {
    let Some(grants) = grants() else { return };
    let mut session = Session::default();
    let ddl = "DROP TABLE IF EXISTS io_sql_t; CREATE TABLE io_sql_t (id int PRIMARY KEY, tags text[], doc jsonb)";
    assert_eq!(rowcount(&query(&mut session, &grants, ddl, vec![])), 0);
    let insert = "INSERT INTO io_sql_t VALUES ($1, $2, $3)";
    let list = HostValue::List(vec![s("a"), s("b,c")]);
    let doc = HostValue::List(vec![HostValue::Int(1), s("two")]);
    let reply = query(
        &mut session,
        &grants,
        insert,
        vec![HostValue::Int(1), list.clone(), doc],
    );
    assert_eq!(rowcount(&reply), 1);
    // A duplicate key: SQLSTATE 23505 with the server's detail.
    let dup = query(
        &mut session,
        &grants,
        insert,
        vec![HostValue::Int(1), list, HostValue::None],
    );
    assert_eq!(sqlstate(&dup), "23505");
    let bad = query(&mut session, &grants, "SELEC 1", vec![]);
    assert_eq!(sqlstate(&bad), "42601");
    // A rolled-back transaction leaves nothing behind; the connection is reused.
    let tx = |action: &str| HostValue::Dict(vec![(s("transaction"), s(action))]);
    assert_eq!(
        perform(&tx("begin"), &grants, &mut session),
        Reply::Value(HostValue::None)
    );
    let reply = query(&mut session, &grants, "UPDATE io_sql_t SET id = 2", vec![]);
    assert_eq!(rowcount(&reply), 1);
    assert_eq!(
        perform(&tx("rollback"), &grants, &mut session),
        Reply::Value(HostValue::None)
    );
    let reply = query(
        &mut session,
        &grants,
        "SELECT id, tags, doc FROM io_sql_t",
        vec![],
    );
    let want = vec![
        HostValue::Int(1),
        HostValue::List(vec![s("a"), s("b,c")]),
        tag("json", "[1, \"two\"]"),
    ];
    assert_eq!(rows(&reply), vec![want]);
    let reply = perform(&tx("commit"), &grants, &mut session);
    assert!(
        matches!(reply, Reply::Error { ref kind, .. } if kind == "RuntimeError"),
        "{reply:?}"
    );
}

#[test]
fn statement_timeout() {
    let Some(grants) = grants() else { return };
    let mut session = Session::default();
    let request = HostValue::Dict(vec![
        (s("statement"), s("SELECT pg_sleep(5)")),
        (s("timeout"), HostValue::Float(0.2)),
    ]);
    let started = std::time::Instant::now();
    let reply = perform(&request, &grants, &mut session);
    assert_eq!(sqlstate(&reply), "57014");
    assert!(started.elapsed().as_secs_f64() < 3.0);
}

#[test]
fn refusals() {
    let Some(mut grants) = grants() else { return };
    let mut session = Session::default();
    let request = HostValue::Dict(vec![(s("statement"), s("SELECT 1"))]);
    grants.capabilities.clear();
    let reply = perform(&request, &grants, &mut session);
    assert_eq!(
        reply,
        Reply::Error {
            kind: "PermissionError".to_owned(),
            message: "capability \"sql\" is not granted".to_owned()
        }
    );
    grants.capabilities.push("sql".to_owned());
    let url = grants
        .env_var("DATABASE_URL")
        .unwrap()
        .replace("sslmode=disable", "sslmode=require");
    grants.env = vec![("DATABASE_URL".to_owned(), url)];
    let Reply::Value(value) = perform(&request, &grants, &mut session) else {
        panic!()
    };
    let HostValue::Str(message) = field(field(&value, "error"), "message") else {
        panic!()
    };
    assert!(
        message.contains("asks for TLS (sslmode=require)"),
        "{message}"
    );
}

/// Runs `source` with `options`, performing I/O pauses; returns stdout.
fn run_program(source: &str, options: pyex::Options) -> Result<String, String> {
    let program = pyex::Program::compile(source, "main.py").map_err(|e| e.to_string())?;
    let mut ctx = pyex::Ctx::new(options);
    let mut session = pyex::io::IoSession::default();
    let mut result = ctx.run(&program);
    while let Ok(pyex::Outcome::HostCall(call)) = &result {
        assert!(call.is_io(), "{call:?}");
        let reply = pyex::io::perform(call, ctx.grants(), &mut session);
        result = ctx.resume(reply);
    }
    match result {
        Ok(_) => Ok(ctx.take_stdout()),
        Err(error) => Err(error.traceback),
    }
}

#[test]
fn program_without_the_capability_is_refused_before_anything_is_sent() {
    // No server needed: the gate refuses before the run pauses.
    let source = "import sql\ntry:\n    sql.query('SELECT 1')\nexcept PermissionError as e:\n    print('refused:', e)\nsql.query('SELECT 2')\n";
    let options = pyex::Options {
        env: vec![(
            "DATABASE_URL".to_owned(),
            "postgresql://nobody@127.0.0.1:1/x".to_owned(),
        )],
        ..pyex::Options::default()
    };
    let traceback = run_program(source, options).unwrap_err();
    assert!(
        traceback.ends_with("PermissionError: capability \"sql\" is not granted\n"),
        "{traceback}"
    );
}

#[test]
fn program_with_the_capability_reuses_one_connection() {
    let Some(grants) = grants() else { return };
    let source = "import sql\n\
        pids = {sql.query('SELECT pg_backend_pid() AS pid')[0]['pid'] for _ in range(5)}\n\
        print(len(pids), sql.query('SELECT $1::int + 1 AS n', [41]))\n";
    let options = pyex::Options {
        capabilities: grants.capabilities.clone(),
        env: grants.env.clone(),
        ..pyex::Options::default()
    };
    assert_eq!(run_program(source, options).unwrap(), "1 [{'n': 42}]\n");
}
