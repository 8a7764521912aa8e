# Walrus in if/elif conditions to bind a computed value used in the branch body.
def classify_request(req):
    if (length := len(req.get("body", ""))) > 100:
        return f"large body ({length} chars)"
    elif (user := req.get("user")) is None:
        return "anonymous request"
    elif (n := len(user)) < 3:
        return f"short username {user!r} ({n})"
    return f"ok from {user}"


requests = [
    {"body": "x" * 150, "user": "ann"},
    {"body": "hi"},
    {"user": "al"},
    {"user": "carol", "body": "data"},
]
for r in requests:
    print(classify_request(r))
config = {"retries": "3", "timeout": "", "mode": "fast"}
if (retries := config.get("retries")) and retries.isdigit():
    print("retries:", int(retries) + 1)
if not (timeout := config.get("timeout")):
    print("no timeout set:", repr(timeout))
text = "The year 1999 and then 2024 came"
if any((tok := w).isdigit() and int(w) > 2000 for w in text.split()):
    print("found recent year", tok)
if (idx := text.find("then")) != -1:
    print(text[idx:])
if (m := max([], default=None)) is None:
    print("empty max gives", m)
try:
    print(length, user, n)
except NameError as exc:
    print("NameError:", exc)
