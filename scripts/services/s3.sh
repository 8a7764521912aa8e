#!/usr/bin/env bash
# A real S3-protocol server on 127.0.0.1 for the boto3 tests: `s3s-fs` (crates.io), which
# stores objects as files in a throwaway directory and verifies the SigV4 signature of every
# request made with the test credentials below.
#
#   scripts/services/s3.sh start   install s3s-fs if missing, start it on a free port, print
#                                  the `export` lines for its endpoint and credentials
#   scripts/services/s3.sh stop    stop it and delete its data
#   scripts/services/s3.sh env     print the `export` lines of the running server
#   scripts/services/s3.sh reset   empty the store (every bucket and object) of the running server
#
# Use: `eval "$(scripts/services/s3.sh start)"`; then AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID,
# AWS_SECRET_ACCESS_KEY and AWS_REGION name it. The binary is installed (`cargo install`, about
# 2 minutes of build from empty on 2 cores) into a cache outside the clone, PYEX_S3S_ROOT
# (default ~/.cache/pyex/s3s-fs), so a new clone on the same machine reuses it. The state
# (pid, port, data) lives in PYEX_S3_STATE (default: a directory per clone under /tmp), so two
# clones never share a server; the port is a free one chosen at start.
set -euo pipefail

S3S_VERSION=0.14.1 # the last s3s-fs release that builds with rustc 1.95
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
S3S_ROOT=${PYEX_S3S_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/pyex/s3s-fs}
S3S_BIN=$S3S_ROOT/bin/s3s-fs
STATE=${PYEX_S3_STATE:-/tmp/pyex-s3-$(printf '%s' "$ROOT_DIR" | cksum | cut -d' ' -f1)}
ACCESS_KEY=pyextestkey
SECRET_KEY=pyextestsecret
REGION=us-east-1

install() {
    if [ -x "$S3S_BIN" ] && "$S3S_BIN" --version 2>/dev/null | grep -q "$S3S_VERSION"; then
        return
    fi
    if ! command -v cargo >/dev/null 2>&1; then
        echo "s3.sh: cargo is needed to install s3s-fs" >&2
        exit 1
    fi
    echo "s3.sh: installing s3s-fs $S3S_VERSION into $S3S_ROOT" >&2
    cargo install --quiet --locked "s3s-fs@$S3S_VERSION" --features binary --root "$S3S_ROOT" \
        --target-dir "$S3S_ROOT/build" >&2
    rm -rf "$S3S_ROOT/build"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

print_env() {
    local port
    port=$(cat "$STATE/port")
    echo "export AWS_ENDPOINT_URL=http://127.0.0.1:$port"
    echo "export AWS_ACCESS_KEY_ID=$ACCESS_KEY"
    echo "export AWS_SECRET_ACCESS_KEY=$SECRET_KEY"
    echo "export AWS_REGION=$REGION"
    echo "export AWS_DEFAULT_REGION=$REGION"
}

running() {
    [ -f "$STATE/pid" ] && kill -0 "$(cat "$STATE/pid")" 2>/dev/null
}

start() {
    install
    if running; then
        print_env
        return
    fi
    rm -rf "$STATE"
    mkdir -p "$STATE/data"
    local port
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        "$S3S_BIN" --host 127.0.0.1 --port "$port" --access-key "$ACCESS_KEY" \
            --secret-key "$SECRET_KEY" "$STATE/data" >"$STATE/log" 2>&1 &
        echo $! >"$STATE/pid"
        echo "$port" >"$STATE/port"
        for _ in $(seq 100); do
            if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then
                print_env
                return
            fi
            running || break
            sleep 0.05
        done
        stop_server
    done
    echo "s3.sh: s3s-fs did not start; its log:" >&2
    cat "$STATE/log" >&2 || true
    exit 1
}

stop_server() {
    if [ -f "$STATE/pid" ]; then
        kill "$(cat "$STATE/pid")" 2>/dev/null || true
        rm -f "$STATE/pid"
    fi
}

reset() {
    running || { echo "s3.sh: not running" >&2; exit 1; }
    find "$STATE/data" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
}

case "${1:-}" in
    start) start ;;
    stop) stop_server; rm -rf "$STATE" ;;
    env) running && print_env ;;
    reset) reset ;;
    install) install ;;
    *) echo "usage: $0 start|stop|env|reset|install" >&2; exit 2 ;;
esac
