//! The sql driver: PostgreSQL statements for the `sql` module (the
//! `postgres` crate, synchronous, no TLS: the server is the host's own).
//!
//! ## The request (a dict built by `stdlib/python/sql.py`)
//! - `{"statement": str, "params": list, "timeout": float}` runs one
//!   statement with `$1`, `$2`... parameters (several `;`-separated statements
//!   are allowed when there are no parameters).
//! - `{"transaction": "begin" | "commit" | "rollback", "timeout": float}`
//!   opens or ends a transaction on the run's connection; nested, a savepoint.
//!
//! Parameters arrive as plain data plus type tags for what plain data cannot
//! say (`("numeric", "1.50")`, `("timestamptz", iso)`, ... see [`encode`]);
//! they are sent in PostgreSQL's text format, typed where Python's type says
//! it (int → int8, float → float8, bytes → bytea, tags → their type) and left
//! for the server to infer otherwise (str, None, lists, JSON).
//!
//! ## The reply
//! - rows: `{"columns": [names], "rows": [[values]], "tagged": [column indexes]}`,
//!   values decoded from the binary format ([`decode`]): plain data, or a tag
//!   tuple the Python side turns into `Decimal`, `datetime`, `UUID`, JSON...
//!   (`tagged` names the columns that may hold tags or lists, so the Python
//!   side leaves the others alone);
//! - no rows (`INSERT` without `RETURNING`, DDL...): `{"rowcount": n}`;
//! - a PostgreSQL error: `{"error": {"sqlstate", "message", "detail", "hint",
//!   "severity"}}`, raised by the module as `sql.Error`.
//!
//! ## The connection
//! One per run, opened on first use from `DATABASE_URL` in the grants' env
//! (never from the program), kept in [`Session`] and reused by every request
//! of the run; dropping the session closes it (an unfinished transaction is
//! rolled back by the server). The request's timeout is the statement
//! timeout (`SET statement_timeout`, sent only when it changes) and the
//! connect timeout. Prepared statements are cached per connection, so a
//! repeated statement costs one round trip (bind + execute); the cache is
//! emptied after any statement that is not plain DML (DDL may change a
//! table's columns), and a statement the server reports as stale ("cached
//! plan must not change result type") is prepared again outside a transaction.

mod decode;
mod encode;

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use postgres::error::DbError;
use postgres::types::{ToSql, Type};
use postgres::{Client, Config, NoTls, Row, Statement};

use super::{Grants, CAPABILITY_SQL};
use crate::host::{HostValue, Reply};

/// The default per-request timeout in seconds (the contract's).
const DEFAULT_TIMEOUT: f64 = 30.0;

/// How many prepared statements a connection keeps (all are dropped when
/// it is full, and after any statement that may change a table: DDL).
const STATEMENT_CACHE_SIZE: usize = 64;

/// The driver's per-run state (kept in [`super::IoSession`], not in a
/// snapshot): the run's one connection, opened on first use.
#[derive(Default)]
pub struct Session {
    /// The open connection, if any. In a `Mutex` only to make the session
    /// `Sync` (a binding's context object may need it; the client is only
    /// `Send`): the driver reaches it through `&mut self`, never locking.
    conn: Mutex<Option<Connection>>,
}

/// An open connection and what the driver knows of its state.
struct Connection {
    /// The client.
    client: Client,
    /// The `DATABASE_URL` it was opened with (a host that rotates the
    /// credentials in the grants gets a new connection).
    url: String,
    /// The `statement_timeout` last set, in milliseconds (`None`: unknown,
    /// e.g. after a rollback undid a `SET`).
    timeout_ms: Option<u64>,
    /// How many `transaction()` blocks are open (0: none; above 1: savepoints).
    depth: usize,
    /// Prepared statements by text, then parameter types.
    cache: HashMap<String, Vec<(Vec<Type>, Statement)>>,
}

/// A failed request: what the Python side raises.
#[derive(Debug, PartialEq)]
enum Failure {
    /// A database (or connection) error: becomes `sql.Error`.
    Database {
        /// The SQLSTATE code, when the server sent one.
        sqlstate: Option<String>,
        /// The primary message.
        message: String,
        /// The `DETAIL` field.
        detail: Option<String>,
        /// The `HINT` field.
        hint: Option<String>,
        /// `ERROR`, `FATAL`...
        severity: Option<String>,
    },
    /// Any other Python exception (a malformed request, a refused capability).
    Python(&'static str, String),
}

impl Failure {
    /// A database error with no SQLSTATE (client side: connecting, decoding).
    fn client(message: impl Into<String>) -> Self {
        Failure::Database {
            sqlstate: None,
            message: message.into(),
            detail: None,
            hint: None,
            severity: None,
        }
    }

    /// The reply carrying this failure.
    fn into_reply(self) -> Reply {
        match self {
            Failure::Python(kind, message) => Reply::Error {
                kind: kind.to_owned(),
                message,
            },
            Failure::Database {
                sqlstate,
                message,
                detail,
                hint,
                severity,
            } => {
                let opt = |v: Option<String>| v.map_or(HostValue::None, HostValue::Str);
                let error = HostValue::Dict(vec![
                    (key("sqlstate"), opt(sqlstate)),
                    (key("message"), HostValue::Str(message)),
                    (key("detail"), opt(detail)),
                    (key("hint"), opt(hint)),
                    (key("severity"), opt(severity)),
                ]);
                Reply::Value(HostValue::Dict(vec![(key("error"), error)]))
            }
        }
    }
}

impl From<postgres::Error> for Failure {
    fn from(error: postgres::Error) -> Self {
        match error.as_db_error() {
            Some(db) => from_db_error(db),
            None if error.is_closed() => {
                Failure::client("the connection to the database was closed")
            }
            None => Failure::client(error.to_string()),
        }
    }
}

/// The failure for the server's error `db`.
fn from_db_error(db: &DbError) -> Failure {
    Failure::Database {
        sqlstate: Some(db.code().code().to_owned()),
        message: db.message().to_owned(),
        detail: db.detail().map(str::to_owned),
        hint: db.hint().map(str::to_owned),
        severity: Some(db.severity().to_owned()),
    }
}

/// A dict key.
fn key(name: &str) -> HostValue {
    HostValue::Str(name.to_owned())
}

/// The value of `name` in the request dict.
fn field<'a>(request: &'a HostValue, name: &str) -> Option<&'a HostValue> {
    match request {
        HostValue::Dict(items) => items.iter().find_map(|(k, v)| match k {
            HostValue::Str(s) if s == name => Some(v),
            _ => None,
        }),
        _ => None,
    }
}

/// Performs the request dict `request` (blocking), re-checking `grants`: the
/// capability `sql`, and `DATABASE_URL` from the grants' env.
pub fn perform(request: &HostValue, grants: &Grants, session: &mut Session) -> Reply {
    match perform_checked(request, grants, session) {
        Ok(value) => Reply::Value(value),
        Err(failure) => failure.into_reply(),
    }
}

/// [`perform`] with the failure as an `Err`.
fn perform_checked(
    request: &HostValue,
    grants: &Grants,
    session: &mut Session,
) -> Result<HostValue, Failure> {
    if !grants.has_capability(CAPABILITY_SQL) {
        return Err(Failure::Python(
            "PermissionError",
            format!("capability {CAPABILITY_SQL:?} is not granted"),
        ));
    }
    let timeout = match field(request, "timeout") {
        None | Some(HostValue::None) => DEFAULT_TIMEOUT,
        Some(HostValue::Float(t)) if *t > 0.0 && t.is_finite() => *t,
        Some(HostValue::Int(t)) if *t > 0 => *t as f64,
        Some(_) => return Err(bad_request("'timeout' must be a positive number")),
    };
    let Some(url) = grants.env_var("DATABASE_URL") else {
        return Err(Failure::client(
            "DATABASE_URL is not set in the environment the host granted",
        ));
    };
    let conn = session.connection(url, timeout)?;
    match (field(request, "transaction"), field(request, "statement")) {
        (Some(HostValue::Str(action)), None) => conn.transaction(action),
        (None, Some(HostValue::Str(statement))) => {
            conn.set_timeout(timeout)?;
            if ends_transaction(statement) {
                conn.timeout_ms = None;
            }
            let params = match field(request, "params") {
                None | Some(HostValue::None) => &[][..],
                Some(HostValue::List(params) | HostValue::Tuple(params)) => params.as_slice(),
                Some(_) => return Err(bad_request("'params' must be a list")),
            };
            conn.run(statement, params)
        }
        _ => Err(bad_request(
            "a request has a 'statement' (str) or a 'transaction' (str)",
        )),
    }
}

/// A `TypeError` for a malformed request.
fn bad_request(message: &str) -> Failure {
    Failure::Python("TypeError", format!("sql request: {message}"))
}

/// Rejects a `DATABASE_URL` that asks for TLS (this driver speaks plain TCP:
/// the server is the host's own, e.g. on 127.0.0.1).
fn check_no_tls(url: &str) -> Result<(), Failure> {
    let mode = url
        .split(['?', '&', ' '])
        .find_map(|part| part.strip_prefix("sslmode="))
        .unwrap_or("disable");
    match mode {
        "disable" | "allow" | "prefer" => Ok(()),
        other => Err(Failure::client(format!(
            "DATABASE_URL asks for TLS (sslmode={other}), which the sql driver does not \
             support: use sslmode=disable with a server the host runs locally"
        ))),
    }
}

impl Session {
    /// The run's connection to `url`, opened now if there is none (or the
    /// host changed `DATABASE_URL`, or the old one was closed outside a
    /// transaction).
    fn connection(&mut self, url: &str, timeout: f64) -> Result<&mut Connection, Failure> {
        let slot = self.conn.get_mut().unwrap_or_else(PoisonError::into_inner);
        if let Some(conn) = slot {
            if conn.client.is_closed() && conn.depth > 0 {
                *slot = None;
                return Err(Failure::client(
                    "the connection to the database was lost inside a transaction",
                ));
            }
            if conn.client.is_closed() || conn.url != url {
                *slot = None;
            }
        }
        match slot {
            Some(conn) => Ok(conn),
            slot @ None => Ok(slot.insert(Connection::open(url, timeout)?)),
        }
    }
}

impl Connection {
    /// Connects to `url` (no TLS), waiting at most `timeout` seconds.
    fn open(url: &str, timeout: f64) -> Result<Connection, Failure> {
        check_no_tls(url)?;
        let mut config: Config = url
            .parse()
            .map_err(|e| Failure::client(format!("invalid DATABASE_URL: {e}")))?;
        config.connect_timeout(Duration::from_secs_f64(timeout));
        config.application_name("pyex");
        let client = config.connect(NoTls).map_err(|e| match e.as_db_error() {
            Some(db) => from_db_error(db),
            None => Failure::client(format!("could not connect to the database: {e}")),
        })?;
        Ok(Connection {
            client,
            url: url.to_owned(),
            timeout_ms: None,
            depth: 0,
            cache: HashMap::new(),
        })
    }

    /// Sets `statement_timeout` to `timeout` seconds unless it is already.
    fn set_timeout(&mut self, timeout: f64) -> Result<(), Failure> {
        let ms = (timeout * 1000.0).ceil() as u64;
        if self.timeout_ms != Some(ms) {
            self.client
                .batch_execute(&format!("SET statement_timeout = {ms}"))?;
            self.timeout_ms = Some(ms);
        }
        Ok(())
    }

    /// Begins, commits or rolls back a `transaction()` block: the outermost
    /// one is a transaction, nested ones savepoints.
    fn transaction(&mut self, action: &str) -> Result<HostValue, Failure> {
        let depth = self.depth;
        let savepoint = format!("pyex_savepoint_{}", depth.saturating_sub(1));
        let command = match (action, depth) {
            ("begin", 0) => "BEGIN".to_owned(),
            ("begin", _) => format!("SAVEPOINT pyex_savepoint_{depth}"),
            ("commit" | "rollback", 0) => {
                return Err(Failure::Python(
                    "RuntimeError",
                    format!("sql: {action} outside a transaction"),
                ))
            }
            ("commit", 1) => "COMMIT".to_owned(),
            ("commit", _) => format!("RELEASE SAVEPOINT {savepoint}"),
            ("rollback", 1) => "ROLLBACK".to_owned(),
            ("rollback", _) => {
                format!("ROLLBACK TO SAVEPOINT {savepoint}; RELEASE SAVEPOINT {savepoint}")
            }
            _ => {
                return Err(bad_request(
                    "'transaction' is 'begin', 'commit' or 'rollback'",
                ))
            }
        };
        let result = self.client.batch_execute(&command);
        match action {
            "begin" if result.is_ok() => self.depth += 1,
            // A commit or rollback ends the block even when it fails (a failed
            // COMMIT has rolled back; the Python side does not retry).
            "commit" | "rollback" => self.depth -= 1,
            _ => {}
        }
        // A rollback undoes a `SET statement_timeout` made inside (and a
        // COMMIT of a failed transaction is a rollback).
        self.timeout_ms = None;
        result?;
        Ok(HostValue::None)
    }

    /// Runs `statement` with `params`.
    fn run(&mut self, statement: &str, params: &[HostValue]) -> Result<HostValue, Failure> {
        let types = params.iter().map(encode::param_type).collect::<Vec<_>>();
        let prepared = match self.prepare(statement, &types) {
            Ok(prepared) => prepared,
            Err(e) if params.is_empty() && is_multiple_commands(&e) => {
                self.cache.clear();
                return self.run_script(statement);
            }
            Err(e) => return Err(e.into()),
        };
        let result = match self.execute(&prepared, params) {
            // A cached statement whose result columns changed (DDL on another
            // connection): prepared again, outside a transaction.
            Err(e) if self.depth == 0 && is_stale_plan(&e) => {
                self.cache.clear();
                let prepared = self.prepare(statement, &types)?;
                self.execute(&prepared, params)
            }
            other => other,
        };
        if !is_dml(statement) {
            // DDL may change what a cached statement returns.
            self.cache.clear();
        }
        result.map_err(Failure::from)?
    }

    /// The prepared statement for `statement` with parameter types `types`,
    /// from the cache (one round trip saved per repeated statement).
    fn prepare(&mut self, statement: &str, types: &[Type]) -> Result<Statement, postgres::Error> {
        if let Some(variants) = self.cache.get(statement) {
            if let Some((_, prepared)) = variants.iter().find(|(t, _)| t == types) {
                return Ok(prepared.clone());
            }
        }
        let prepared = self.client.prepare_typed(statement, types)?;
        if self.cache.len() >= STATEMENT_CACHE_SIZE {
            self.cache.clear();
        }
        self.cache
            .entry(statement.to_owned())
            .or_default()
            .push((types.to_vec(), prepared.clone()));
        Ok(prepared)
    }

    /// Executes `prepared` with `params`: the reply, or (outer `Err`) the
    /// server's error (inner `Err`: a parameter that cannot be sent).
    fn execute(
        &mut self,
        prepared: &Statement,
        params: &[HostValue],
    ) -> Result<Result<HostValue, Failure>, postgres::Error> {
        if prepared.params().len() != params.len() {
            return Ok(Err(Failure::Python(
                "TypeError",
                format!(
                    "the statement has {} parameters but {} were given",
                    prepared.params().len(),
                    params.len()
                ),
            )));
        }
        let texts = match params
            .iter()
            .zip(prepared.params())
            .map(|(value, ty)| encode::text(value, ty))
            .collect::<Result<Vec<_>, String>>()
        {
            Ok(texts) => texts,
            Err(e) => return Ok(Err(Failure::Python("TypeError", e))),
        };
        let args = texts
            .iter()
            .map(|t| t as &(dyn ToSql + Sync))
            .collect::<Vec<_>>();
        if prepared.columns().is_empty() {
            let count = self.client.execute(prepared, &args)?;
            return Ok(Ok(rowcount(count)));
        }
        let rows = self.client.query(prepared, &args)?;
        Ok(rows_reply(prepared, &rows))
    }

    /// Runs several `;`-separated statements (no parameters) with the simple
    /// query protocol; the reply is the last one's row count.
    fn run_script(&mut self, script: &str) -> Result<HostValue, Failure> {
        let messages = self.client.simple_query(script)?;
        let last = messages.iter().rev().find_map(|m| match m {
            postgres::SimpleQueryMessage::CommandComplete(n) => Some(*n),
            _ => None,
        });
        Ok(rowcount(last.unwrap_or(0)))
    }
}

/// Whether `statement` may end a transaction (and so undo a `SET` made in it).
fn ends_transaction(statement: &str) -> bool {
    let word = statement
        .trim_start()
        .get(..8)
        .unwrap_or(statement)
        .to_ascii_uppercase();
    ["ROLLBACK", "COMMIT", "END", "ABORT"]
        .iter()
        .any(|w| word.trim_start().starts_with(w))
}

/// Whether `statement` only reads or writes rows (so it leaves the cached
/// statements valid).
fn is_dml(statement: &str) -> bool {
    let word = statement
        .trim_start_matches(|c: char| c.is_whitespace() || c == '(')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    [
        "SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES", "MERGE", "TABLE",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `error` says a cached statement's result columns changed.
fn is_stale_plan(error: &postgres::Error) -> bool {
    error.as_db_error().is_some_and(|db| {
        db.code() == &postgres::error::SqlState::FEATURE_NOT_SUPPORTED
            && db
                .message()
                .contains("cached plan must not change result type")
    })
}

/// Whether `error` is the server refusing several commands in one prepared
/// statement.
fn is_multiple_commands(error: &postgres::Error) -> bool {
    error.as_db_error().is_some_and(|db| {
        db.code() == &postgres::error::SqlState::SYNTAX_ERROR
            && db.message().contains("multiple commands")
    })
}

/// The reply of a statement that returns no rows.
fn rowcount(count: u64) -> HostValue {
    let count = i64::try_from(count).unwrap_or(i64::MAX);
    HostValue::Dict(vec![(key("rowcount"), HostValue::Int(count))])
}

/// The reply of a statement that returns rows: column names, rows of
/// decoded values, and the columns whose values may need the Python side.
fn rows_reply(prepared: &Statement, rows: &[Row]) -> Result<HostValue, Failure> {
    let columns = prepared.columns();
    let names = columns
        .iter()
        .map(|c| HostValue::Str(c.name().to_owned()))
        .collect();
    let tagged = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| decode::may_tag(c.type_()))
        .map(|(i, _)| HostValue::Int(i as i64))
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let mut values = Vec::with_capacity(columns.len());
        for (i, column) in columns.iter().enumerate() {
            let raw: decode::Raw<'_> = row.try_get(i)?;
            let value = match raw.0 {
                None => HostValue::None,
                Some(bytes) => decode::value(column.type_(), bytes)
                    .map_err(|e| Failure::client(format!("column \"{}\": {e}", column.name())))?,
            };
            values.push(value);
        }
        out.push(HostValue::List(values));
    }
    Ok(HostValue::Dict(vec![
        (key("columns"), HostValue::List(names)),
        (key("rows"), HostValue::List(out)),
        (key("tagged"), HostValue::List(tagged)),
    ]))
}

#[cfg(test)]
mod tests;
