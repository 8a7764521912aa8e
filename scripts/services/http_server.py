#!/usr/bin/env python3
"""The local HTTP server that the `requests` conformance cases and the HTTP driver's tests talk to.

Python's http.server, threaded, HTTP/1.1 (keep-alive, chunked responses), on 127.0.0.1 only, with
httpbin-like endpoints whose answers are deterministic: the Date header is fixed and the Server
header names no version, so a case may print whole responses. Only the port varies (the runners
replace it with PORT).

Usage:
    scripts/services/http_server.py [--port N] [--watch-stdin]

It binds port N (0, the default: a free port), prints the port on one line of stdout, then serves
until killed (SIGTERM/SIGINT) or, with --watch-stdin, until its stdin closes: a test that spawns it
with a pipe can never leave it running, even when the test process dies.

Endpoints (any method unless said):
    /echo[/...]                 JSON: method, path, query pairs, args, headers (lower-case, sorted),
                                body (text), json (parsed body or null), form (url-encoded body)
    /status/CODE[?reason=R&body=B&content_type=T]
                                that status (custom reason phrase), a JSON error body by default
    /redirect/N                 302 chain of N relative redirects ending at /echo
    /absolute-redirect/N        the same with absolute Location URLs
    /redirect-to?url=U&status_code=S
                                a redirect (301/302/303/307/308) to U, relative or absolute
    /redirect-offhost           302 to http://localhost:PORT/echo (another host than 127.0.0.1)
    /redirect-loop              302 to itself, forever
    /delay/SECONDS              answers after that long (timeouts)
    /slow-body?chunks=N&delay=S headers at once, then N chunks S seconds apart
    /bytes/N                    N deterministic bytes (application/octet-stream)
    /large-json?items=N         a JSON list of N records (several MB for large N)
    /stream/N                   N JSON lines, chunked transfer-encoding
    /lines                      text lines with mixed line endings, chunked
    /cookies                    JSON of the cookies the request sent
    /cookies/set?NAME=VALUE...  Set-Cookie for each, then a 302 to /cookies
    /response-headers?K=V...    those response headers (repeated names kept), JSON body
    /encoding/latin1            text/plain; charset=iso-8859-1 body
    /encoding/text-no-charset   text/html with no charset (latin-1 bytes)
    /encoding/utf8              text/plain; charset=utf-8 body
    /encoding/json-unicode      application/json (no charset) with non-ASCII text
    /html                       text/html; charset=utf-8 (not JSON)
    /api/users?page=P&per_page=N
                                a paginated user list with a Link header and a `next` URL
    /api/users/ID               GET a user (404 JSON when missing), PUT/PATCH echo, DELETE 204
    /api/users (POST)           201 with the created user (id 100 + the JSON body)
    /api/login (POST form)      sets a session cookie; /api/me needs it (401 otherwise)
    /api/secure                 200 with Authorization "Bearer secret-token", else 401
    /compressed/KIND            JSON with Content-Encoding gzip, deflate (zlib), raw-deflate
                                (sent as deflate), broken (not gzip) or identity
"""

import argparse
import gzip
import json
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

FIXED_DATE = "Thu, 01 Jan 2026 00:00:00 GMT"
USERS = [
    {"id": i, "name": name, "email": f"{name.lower()}@example.com", "active": i % 3 != 0}
    for i, name in enumerate(["Ada", "Grace", "Linus", "Guido", "Barbara", "Ken", "Margaret"], start=1)
]
TEXT = "café naïve ½ – ok"


class Handler(BaseHTTPRequestHandler):
    """Dispatches every method to one `route` on the path."""

    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without TCP_NODELAY, Nagle plus the
    # client's delayed ACK add ~40 ms to every response on a kept-alive connection.
    disable_nagle_algorithm = True
    server_version = "pyex-test-server"
    sys_version = ""

    def version_string(self):
        return self.server_version

    def date_time_string(self, timestamp=None):
        return FIXED_DATE

    def log_message(self, format, *args):
        pass

    def handle_one(self):
        parts = urlsplit(self.path)
        self.route_path = parts.path
        self.query = parse_qsl(parts.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length else b""
        try:
            self.route()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = handle_one

    # -- responses -------------------------------------------------------------------------

    def send(self, status, body=b"", content_type="application/json", headers=(), reason=None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status, reason)
        if content_type is not None and status not in (204, 304):
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        if status not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and status not in (204, 304):
            self.wfile.write(body)

    def send_json(self, status, value, headers=(), reason=None):
        self.send(status, json.dumps(value, indent=2, sort_keys=True), headers=headers, reason=reason)

    def send_chunked(self, chunks, content_type, delay=0.0):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if self.command == "HEAD":
            return
        self.wfile.flush()
        for chunk in chunks:
            if delay:
                time.sleep(delay)
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")

    def redirect(self, location, status=302):
        self.send(status, b"", content_type=None, headers=[("Location", location)])

    def origin(self):
        return "http://" + self.headers.get("Host", "127.0.0.1")

    def cookies(self):
        jar = {}
        for part in (self.headers.get("Cookie") or "").split(";"):
            if "=" in part:
                name, value = part.strip().split("=", 1)
                jar[name] = value
        return jar

    # -- routes ----------------------------------------------------------------------------

    def route(self):
        path = self.route_path
        segments = path.strip("/").split("/")
        head = segments[0]
        table = {
            "echo": self.echo,
            "status": self.status,
            "redirect": self.relative_redirect,
            "absolute-redirect": self.absolute_redirect,
            "redirect-to": self.redirect_to,
            "redirect-offhost": self.redirect_offhost,
            "redirect-loop": lambda _: self.redirect("/redirect-loop"),
            "delay": self.delay,
            "slow-body": self.slow_body,
            "bytes": self.bytes_,
            "large-json": self.large_json,
            "stream": self.stream,
            "lines": self.lines,
            "cookies": self.cookie_routes,
            "response-headers": self.response_headers,
            "encoding": self.encoding,
            "html": lambda _: self.send(200, "<html><body><h1>Hello</h1></body></html>\n",
                                        "text/html; charset=utf-8"),
            "api": self.api,
            "compressed": self.compressed,
        }
        handler = table.get(head)
        if handler is None:
            self.send_json(404, {"detail": "Not Found"})
        else:
            handler(segments[1:])

    def echo(self, _rest):
        content_type = self.headers.get("Content-Type") or ""
        text = self.body.decode("utf-8", errors="replace")
        parsed = None
        if "json" in content_type and self.body:
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
        form = None
        if content_type.startswith("application/x-www-form-urlencoded"):
            form = {}
            for key, value in parse_qsl(text, keep_blank_values=True):
                form.setdefault(key, []).append(value)
        self.send_json(200, {
            "method": self.command,
            "path": self.route_path,
            "query": self.query,
            "args": dict(self.query),
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "body": text,
            "json": parsed,
            "form": form,
        })

    def status(self, rest):
        code = int(rest[0]) if rest and rest[0].isdigit() else 400
        args = dict(self.query)
        reason = args.get("reason")
        if "body" in args:
            self.send(code, args["body"], args.get("content_type", "text/plain; charset=utf-8"), reason=reason)
        else:
            phrase = reason or self.responses.get(code, ("Unknown",))[0]
            self.send_json(code, {"status": code, "error": phrase}, reason=reason)

    def relative_redirect(self, rest):
        count = int(rest[0]) if rest and rest[0].isdigit() else 1
        self.redirect(f"/redirect/{count - 1}" if count > 1 else "/echo")

    def absolute_redirect(self, rest):
        count = int(rest[0]) if rest and rest[0].isdigit() else 1
        target = f"/absolute-redirect/{count - 1}" if count > 1 else "/echo"
        self.redirect(self.origin() + target)

    def redirect_to(self, _rest):
        args = dict(self.query)
        self.redirect(args.get("url", "/echo"), int(args.get("status_code", "302")))

    def redirect_offhost(self, _rest):
        self.redirect(f"http://localhost:{self.server.server_address[1]}/echo")

    def delay(self, rest):
        seconds = float(rest[0]) if rest else 1.0
        time.sleep(min(seconds, 10.0))
        self.send_json(200, {"delayed": seconds})

    def slow_body(self, _rest):
        args = dict(self.query)
        chunks = int(args.get("chunks", "3"))
        delay = float(args.get("delay", "0.5"))
        self.send_chunked([b"chunk %d\n" % i for i in range(chunks)], "text/plain", delay)

    def bytes_(self, rest):
        count = int(rest[0]) if rest and rest[0].isdigit() else 16
        pattern = bytes((i * 31 + 7) % 256 for i in range(256))
        body = (pattern * (count // 256 + 1))[:count]
        self.send(200, body, "application/octet-stream")

    def large_json(self, _rest):
        items = int(dict(self.query).get("items", "1000"))
        rows = [{"id": i, "name": f"item-{i}", "tags": ["a", "b", "c"], "score": i * 0.5}
                for i in range(items)]
        self.send(200, json.dumps(rows), "application/json")

    def stream(self, rest):
        count = int(rest[0]) if rest and rest[0].isdigit() else 3
        lines = [json.dumps({"id": i, "path": self.route_path}).encode() + b"\n" for i in range(count)]
        self.send_chunked(lines, "application/json")

    def lines(self, _rest):
        self.send_chunked([b"alpha\r\nbeta\n", b"gam", b"ma\n\ndelta\r", b"\nepsilon"],
                          "text/plain; charset=utf-8")

    def cookie_routes(self, rest):
        if rest and rest[0] == "set":
            headers = [("Set-Cookie", f"{name}={value}; Path=/") for name, value in self.query]
            self.send(302, b"", None, headers=headers + [("Location", "/cookies")])
        else:
            self.send_json(200, {"cookies": self.cookies()})

    def response_headers(self, _rest):
        self.send_json(200, {"headers": self.query}, headers=self.query)

    def encoding(self, rest):
        kind = rest[0] if rest else ""
        if kind == "latin1":
            self.send(200, TEXT.replace("–", "-").encode("latin-1"), "text/plain; charset=iso-8859-1")
        elif kind == "text-no-charset":
            self.send(200, TEXT.replace("–", "-").encode("latin-1"), "text/html")
        elif kind == "utf8":
            self.send(200, TEXT, "text/plain; charset=utf-8")
        elif kind == "json-unicode":
            self.send(200, json.dumps({"text": TEXT, "emoji": "\U0001f600"}, ensure_ascii=False),
                      "application/json")
        else:
            self.send_json(404, {"detail": "unknown encoding"})

    def compressed(self, rest):
        kind = rest[0] if rest else "gzip"
        body = json.dumps({"compressed": kind, "items": list(range(50))}).encode()
        if kind == "gzip":
            data = gzip.compress(body, mtime=0)
        elif kind == "deflate":
            data = zlib.compress(body)
        elif kind == "raw-deflate":
            packer = zlib.compressobj(wbits=-15)
            data = packer.compress(body) + packer.flush()
            kind = "deflate"
        elif kind == "broken":
            data, kind = b"not gzip at all", "gzip"
        else:
            data, kind = body, "identity"
        self.send(200, data, "application/json", headers=[("Content-Encoding", kind)])

    def api(self, rest):
        if not rest or rest == [""]:
            self.send_json(404, {"detail": "Not Found"})
        elif rest[0] == "users":
            self.users(rest[1:])
        elif rest[0] == "login" and self.command == "POST":
            form = dict(parse_qsl(self.body.decode("utf-8"), keep_blank_values=True))
            if form.get("password") == "hunter2":
                headers = [("Set-Cookie", f"session=s-{form.get('username', '')}; Path=/; HttpOnly")]
                self.send_json(200, {"ok": True}, headers=headers)
            else:
                self.send_json(401, {"detail": "bad credentials"})
        elif rest[0] == "me":
            session = self.cookies().get("session")
            if session:
                self.send_json(200, {"user": session[2:]})
            else:
                self.send_json(401, {"detail": "not logged in"})
        elif rest[0] == "secure":
            if self.headers.get("Authorization") == "Bearer secret-token":
                self.send_json(200, {"secure": True})
            else:
                self.send_json(401, {"detail": "missing or bad token"},
                               headers=[("WWW-Authenticate", "Bearer")])
        else:
            self.send_json(404, {"detail": "Not Found"})

    def users(self, rest):
        if not rest or rest == [""]:
            if self.command == "POST":
                try:
                    data = json.loads(self.body or b"null")
                except ValueError:
                    self.send_json(400, {"detail": "invalid JSON"})
                    return
                if not isinstance(data, dict) or "name" not in data:
                    self.send_json(422, {"detail": "name is required"})
                    return
                self.send_json(201, {"id": 100, **data}, headers=[("Location", "/api/users/100")])
                return
            self.user_page()
            return
        user = next((u for u in USERS if str(u["id"]) == rest[0]), None)
        if user is None:
            self.send_json(404, {"detail": "user not found"})
        elif self.command == "DELETE":
            self.send(204)
        elif self.command in ("PUT", "PATCH"):
            data = json.loads(self.body or b"{}")
            self.send_json(200, {**user, **data} if self.command == "PATCH" else {"id": user["id"], **data})
        else:
            self.send_json(200, user)

    def user_page(self):
        args = dict(self.query)
        page = int(args.get("page", "1"))
        per_page = int(args.get("per_page", "3"))
        start = (page - 1) * per_page
        data = USERS[start:start + per_page]
        more = start + per_page < len(USERS)
        next_url = f"{self.origin()}/api/users?page={page + 1}&per_page={per_page}" if more else None
        headers = [("Link", f'<{next_url}>; rel="next"')] if next_url else []
        self.send_json(200, {"page": page, "per_page": per_page, "total": len(USERS), "data": data,
                             "next": next_url}, headers=headers)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--watch-stdin", action="store_true",
                        help="exit when stdin closes (the spawning test died or finished)")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    if args.watch_stdin:
        def watch():
            sys.stdin.read()
            server.shutdown()
        threading.Thread(target=watch, daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
