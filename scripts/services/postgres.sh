#!/bin/bash
# A throwaway PostgreSQL server for the tests of the `sql` module (issue 12).
#
#   scripts/services/postgres.sh start          start one; prints `export ...` lines to eval
#   scripts/services/postgres.sh stop           stop the one named by $PYEX_PG_DIR and delete it
#   scripts/services/postgres.sh run -- CMD...  start one, run CMD with DATABASE_URL exported, stop it
#                                               (also when CMD fails); exits with CMD's status
#
# `start` uses Debian's PostgreSQL (apt-get installs it when no server binaries are found), makes a
# fresh data directory with initdb under a new temporary directory, and listens on 127.0.0.1 on a
# free port (unix socket inside the temporary directory: nothing shared with another run). It
# creates the role `pyex` with a random password (scram-sha-256 over TCP) and the database
# `pyex_test` it owns, with TimeZone UTC. It prints
#   export DATABASE_URL=postgresql://pyex:PASSWORD@127.0.0.1:PORT/pyex_test?sslmode=disable
#   export PYEX_PG_DIR=/tmp/pyex-pg.XXXXXX
# so `eval "$(scripts/services/postgres.sh start)"` sets both. PostgreSQL refuses to run as root:
# as root the server runs as the user `postgres` (created by the Debian package) through runuser.
# The server is tuned for tests (fsync off): its data is never kept.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

# The directory of the newest installed server binaries, installing PostgreSQL when there is none.
find_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -z "$dir" ] || [ ! -x "$dir/postgres" ]; then
        log "no PostgreSQL server found: installing Debian's"
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    fi
    echo "$dir"
}

# Runs "$@" as the server's user: `postgres` when we are root, ourselves otherwise.
as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$SERVER_USER" -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    local bindir dir port password
    bindir="$(find_bindir)"
    SERVER_USER=postgres
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        SERVER_USER=nobody
    fi
    dir="$(mktemp -d /tmp/pyex-pg.XXXXXX)"
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown "$SERVER_USER" "$dir"
    fi
    password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
    as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # A port can be taken between choosing and binding it: retry with another.
    for _ in 1 2 3 4 5; do
        port="$(free_port)"
        if as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c timezone=UTC \
                -c max_connections=50" start >/dev/null 2>&1; then
            break
        fi
        port=""
    done
    if [ -z "$port" ]; then
        log "the server did not start:"
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    as_server_user "$bindir/psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 >/dev/null <<SQL
CREATE ROLE pyex LOGIN PASSWORD '$password';
CREATE DATABASE pyex_test OWNER pyex;
SQL
    echo "$bindir" >"$dir/bindir"
    echo "export DATABASE_URL=postgresql://pyex:$password@127.0.0.1:$port/pyex_test?sslmode=disable"
    echo "export PYEX_PG_DIR=$dir"
    log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
}

stop() {
    local dir="${PYEX_PG_DIR:-}"
    if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
        log "nothing to stop (PYEX_PG_DIR is not a server directory)"
        return 0
    fi
    SERVER_USER="$(stat -c %U "$dir/data")"
    as_server_user "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    log "stopped and removed $dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    run)
        shift
        [ "${1:-}" = "--" ] && shift
        eval "$(start)"
        trap stop EXIT
        set +e
        "$@"
        status=$?
        exit $status
        ;;
    *)
        echo "usage: $0 start | stop | run -- COMMAND..." >&2
        exit 2
        ;;
esac
