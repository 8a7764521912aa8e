# When no case matches nothing happens; a default case that raises reports the unexpected value.
def route(method, path):
    match (method, path.strip("/").split("/")):
        case ("GET", [""]):
            return "home"
        case ("GET", ["users"]):
            return "list users"
        case ("GET", ["users", uid]) if uid.isdigit():
            return f"show user {uid}"
        case ("POST", ["users"]):
            return "create user"
        case ("DELETE", ["users", uid]):
            return f"delete user {uid}"
    return None


for req in [("GET", "/"), ("GET", "/users"), ("GET", "/users/42"), ("GET", "/users/abc"), ("POST", "/users/"), ("PUT", "/users/1")]:
    print(req, "->", route(*req))
status = "unknown"
match 3.5:
    case int():
        status = "int"
print("after unmatched match:", status)


def strict_parse(token):
    match token:
        case str(s) if s.isdigit():
            return int(s)
        case int(n):
            return n
        case other:
            raise TypeError(f"cannot parse {other!r} of type {type(other).__name__}")


print(strict_parse("12"), strict_parse(7))
try:
    strict_parse([1, 2])
except TypeError as exc:
    print("TypeError:", exc)
