# Bare raise inside except re-raises the active exception with its original traceback.
attempts = []


def fetch(resource):
    attempts.append(resource)
    if resource.startswith("bad"):
        raise ConnectionError(f"cannot reach {resource}")
    return f"content of {resource}"


def fetch_logged(resource):
    try:
        return fetch(resource)
    except ConnectionError as e:
        print(f"  log: {e}")
        raise


def fetch_with_fallback(resource, fallback):
    try:
        return fetch_logged(resource)
    except ConnectionError:
        return fetch_logged(fallback)


print(fetch_with_fallback("good", "x"))
print(fetch_with_fallback("bad-1", "good-2"))
print(attempts)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
fetch_with_fallback("bad-2", "bad-3")
